from .office import Office

__all__ = ["Office"]

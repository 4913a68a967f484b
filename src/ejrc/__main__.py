from ejrc.cli import main

main()

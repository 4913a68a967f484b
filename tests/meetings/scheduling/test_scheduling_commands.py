"""The schedule-meetings and check-schedule commands: results, exit codes, bad input."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from .conftest import make_instance

EJRC = Path(sys.executable).with_name("ejrc")


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def small():
    return make_instance(3, 3, [[1, 2], [2, 3], [1, 3]], tables=2, require_all=True)


def test_schedule_then_check(tmp_path, capsys):
    instance = write(tmp_path, "instance.json", small())
    out = tmp_path / "schedule.json"
    call_command("schedule_meetings", str(instance), "--time-limit", "10", "--out", str(out))
    schedule = json.loads(out.read_text())
    assert schedule["status"] == "optimal"
    assert len(schedule["assignments"]) == 3

    call_command("check_schedule", str(instance), str(out))
    assert "valid" in capsys.readouterr().out


def test_schedule_goes_to_stdout_without_out(tmp_path, capsys):
    call_command("schedule_meetings", str(write(tmp_path, "i.json", small())), "--time-limit", "10")
    assert json.loads(capsys.readouterr().out)["format"] == "ejrc-b2b-schedule/1"


def test_infeasible_instance_writes_empty_schedule(tmp_path):
    data = make_instance(2, 2, [([1, 2], {"fixed_slot": 1})], away={1: [1]}, require_all=True)
    out = tmp_path / "schedule.json"
    call_command("schedule_meetings", str(write(tmp_path, "i.json", data)), "--out", str(out))
    schedule = json.loads(out.read_text())
    assert (schedule["status"], schedule["assignments"]) == ("infeasible", [])


def test_optional_fixed_meeting_that_cannot_take_its_slot_is_left_out_with_its_reason(tmp_path):
    meetings = [([1, 2], {"fixed_slot": 1}), [1, 3], [2, 3], ([1, 2], {"fixed_slot": 2, "session": "afternoon"})]
    data = make_instance(3, 3, meetings, away={1: [1]}, morning_slots=2)
    out = tmp_path / "schedule.json"
    stderr = io.StringIO()

    call_command("schedule_meetings", str(write(tmp_path, "i.json", data)), "--out", str(out), stderr=stderr)

    schedule = json.loads(out.read_text())
    assert schedule["status"] == "optimal"
    assert schedule["unscheduled"] == [1, 4]
    assert (schedule["total_weight"], schedule["upper_bound_weight"]) == (2, 2)
    assert "meeting 1 left out: fixed to slot 1, where participant 1 is unavailable" in stderr.getvalue()
    assert "meeting 4 left out: fixed to slot 2, outside its session (afternoon)" in stderr.getvalue()


def test_precedence_cycle_with_all_required_is_infeasible(tmp_path, capsys):
    data = make_instance(3, 3, [([1, 2], {"after": [2]}), ([2, 3], {"after": [1]})], require_all=True)
    call_command("schedule_meetings", str(write(tmp_path, "i.json", data)), "--time-limit", "10")
    assert json.loads(capsys.readouterr().out)["status"] == "infeasible"


def _bad_instances():
    good = small()
    yield "not json", "{not json"
    yield "truncated", json.dumps(good)[:-40]
    yield "wrong format", good | {"format": "ejrc-b2b-instance/2"}
    yield "zero tables", good | {"tables": 0}
    yield "string tables", good | {"tables": "3"}
    yield "unknown participant", make_instance(3, 3, [[1, 9]])
    yield "meeting with oneself", make_instance(3, 3, [[2, 2]])
    yield "unknown slot", make_instance(3, 3, [([1, 2], {"fixed_slot": 7})])
    yield "unknown unavailable slot", make_instance(3, 3, [[1, 2]], away={1: [5]})
    yield "unknown predecessor", make_instance(3, 3, [([1, 2], {"after": [4]})])
    yield "duplicate meeting ids", good | {"meetings": good["meetings"] + good["meetings"][:1]}
    yield "duplicate slot ids", good | {"slots": good["slots"] + good["slots"][:1]}
    yield "float weight", make_instance(3, 3, [([1, 2], {"weight": 1.5})])
    yield "bad session", make_instance(3, 3, [([1, 2], {"session": "evening"})])
    yield "list instead of object", [good]


@pytest.mark.parametrize(("case", "content"), list(_bad_instances()))
def test_malformed_instance_exits_2(tmp_path, case, content):
    path = write(tmp_path, "bad.json", content)
    with pytest.raises(CommandError) as error:
        call_command("schedule_meetings", str(path))
    assert error.value.returncode == 2
    assert "malformed instance" in str(error.value)


def test_console_script_exit_codes(tmp_path):
    bad = write(tmp_path, "bad.json", '{"format": "ejrc-b2b-instance/1", "tables": ')
    run = subprocess.run([EJRC, "schedule-meetings", bad], capture_output=True, text=True)
    assert run.returncode == 2
    assert "not valid JSON" in run.stderr
    assert run.stdout == ""

    instance = write(tmp_path, "instance.json", small())
    out = tmp_path / "schedule.json"
    command = [EJRC, "schedule-meetings", instance, "--time-limit", "10", "--out", out]
    assert subprocess.run(command, capture_output=True).returncode == 0
    assert subprocess.run([EJRC, "check-schedule", instance, out], capture_output=True).returncode == 0

    broken = json.loads(out.read_text())
    broken["assignments"][1]["slot"] = broken["assignments"][0]["slot"]
    broken["assignments"][1]["table"] = broken["assignments"][0]["table"]
    broken_path = write(tmp_path, "broken.json", broken)
    run = subprocess.run([EJRC, "check-schedule", instance, broken_path], capture_output=True, text=True)
    assert run.returncode == 1
    assert "violation" in run.stdout

    junk_path = write(tmp_path, "junk.json", "[1")
    run = subprocess.run([EJRC, "check-schedule", instance, junk_path], capture_output=True, text=True)
    assert run.returncode == 2

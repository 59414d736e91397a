"""What a manual says it does not cover: strings written for the rule (engine/scope.py)."""

from __future__ import annotations

from engine.scope import Manual, scoped_out, statements, unstated_values, value_statements, work_statements

SCOPE = (
    "This guide covers the TW-20 and TW-40 tube washers. The TW-60 is described in a separate data sheet, "
    "and Orvell drum pasteurisers have their own manual. Spray nozzle kit NK-2 comes with its own instructions. "
    "Values apply to the two models named; other TW frame sizes have their own manuals. "
    "Parts wet with solvent, or paints that give off vapour, must go in the TW-40X sealed version, which has "
    "its own manual. This manual does not cover heated rinse modules or mains wiring. The spray bar is not "
    "covered by any guard. Damage by frost is not covered. Wear parts are not covered by the warranty."
)
WASHER = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20", "TW-40"), (SCOPE,))


def test_each_statement_names_the_equipment_it_leaves_out() -> None:
    assert statements(SCOPE) == [
        "The TW-60",
        "Orvell drum pasteurisers",
        "other TW frame sizes",
        "TW-40X sealed version",
        "heated rinse modules",
        "mains wiring",
    ]
    # A kit "with its own instructions" is part of this machine, not equipment the manual leaves out.
    assert not any("NK-2" in s for s in statements(SCOPE))
    # A relative pronoun stands for the noun phrase just before it: the pump, not the TW-20H.
    relative = "For hot water Orvell supplies the TW-20H with a steel pump, which is described in its own instructions."
    assert statements(relative) == ["a steel pump"]
    hot = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20", "TW-40"), (relative,))
    found = scoped_out("tw-20h steel pump pressure", [hot])
    assert found is not None and found.what == "a steel pump"
    assert scoped_out("tw-20h door seal part number", [hot]) is None
    # A run-on table read as one sentence names no equipment.
    assert statements("Part " * 30 + "have their own manuals.") == []


def test_a_question_about_equipment_the_manual_leaves_out_is_scoped_out() -> None:
    for question, what in (
        ("tw-60 spray pressure", "The TW-60"),
        ("we also have a TW60, what nozzle", "The TW-60"),
        ("orvell drum pasteuriser wont drain", "Orvell drum pasteurisers"),
        ("how hot does the heated rinse module get", "heated rinse modules"),
        ("orvell tw mains wiring size", "mains wiring"),
    ):
        found = scoped_out(question, [WASHER])
        assert found is not None and found.what == what and found.source == "orvell-tw.md", question


def test_work_a_manual_says_it_does_not_describe_is_scoped_out_for_a_how_to_of_that_work() -> None:
    text = (
        "The heater must be descaled every year. Descaling is done by Orvell service engineers and is "
        "not described in this manual."
    )
    assert statements(text) == ["Descaling"]
    manual = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20", "TW-40"), (text,))
    for question in ("how do i descale the heater", "tw-40 heater, how to descale it"):
        found = scoped_out(question, [manual])
        assert found is not None and found.what == "Descaling", question
    # Not a how-to (the interval is written), nor one of another work, even one done after it.
    assert scoped_out("tw-20 heater descaling interval", [manual]) is None
    assert scoped_out("how do i fit the new heater", [manual]) is None
    assert scoped_out("how do i rinse the tubes after descaling", [manual]) is None
    # A list the manual does not cover names no work a how-to asks by the way.
    listed = Manual(
        "orvell-tw.md", "Orvell TW", ("TW-20",), ("This manual does not cover installation or commissioning.",)
    )
    assert scoped_out("how do i reset the alarm after installation", [listed]) is None
    assert scoped_out("how do i set the belt speed during commissioning", [listed]) is None


def test_work_the_makers_service_does_is_scoped_out_for_a_how_to_of_that_work_on_that_part() -> None:
    service = (
        "If the pump loses prime again, the diaphragm is torn. Diaphragm replacement is done by Orvell service. "
        "Regrinding the shaft journals and replacing the shaft are done by Orvell service only. "
        "The guide rail is set at the factory. This adjustment is done by Orvell service engineers."
    )
    assert work_statements(service) == [
        "Diaphragm replacement",
        "Regrinding the shaft journals and replacing the shaft",
        "This adjustment",  # read, but it names no work of its own (below)
    ]
    assert statements(service) == []  # work, not equipment: two shared words alone scope nothing out
    pump = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20", "TW-40"), (service,))
    # The work asked in other words ("change", "replacement"); each item of a list on its own.
    for question, what in (
        ("how do i change the diaphragm on the tw-20", "Diaphragm replacement"),
        ("how to regrind the shaft journals", "Regrinding the shaft journals and replacing the shaft"),
        ("how do i replace the shaft", "Regrinding the shaft journals and replacing the shaft"),
    ):
        found = scoped_out(question, [pump])
        assert found is not None and found.what == what, question
    for question in (
        "how do i check the diaphragm",  # another work
        "how do i change the pump",  # another part
        "how do i replace the shaft seal",  # the seal on the shaft, not the shaft
        "how do i check the shaft journals",  # two words of the subject are no work of it
        "how do i adjust the guide rail",  # "This adjustment" points back
        "shaft journals noisy on the tw-20",  # no how-to
    ):
        assert scoped_out(question, [pump]) is None, question
    # The maker is named: a tap, the plant's own department or staff are no maker's service.
    assert (
        work_statements(
            "Draining is done by the service tap. Cleaning is done by your own service department. "
            "Weekly lubrication is done by service staff."
        )
        == []
    )


def test_work_left_to_another_document_or_shop_is_read_from_the_clause_that_names_it() -> None:
    text = (
        "Lifting the rotor out needs the lifting beam and is done to service instruction OR-SI-7 by Orvell "
        "service. Grinding of the hardened rolls is done by the Orvell tool shop; send them with form OR-5. "
        "Changing the main bearing is done to instruction OR-MB-2 with the press tool; it is not described here. "
        "Safety valves are tested by the insurer's inspector; that test is not covered by this manual."
    )
    assert work_statements(text) == [
        "Lifting the rotor out",  # up to its own verb ("needs")
        "Grinding of the hardened rolls",
        "Changing the main bearing",  # "it" is the clause before's work
        "Safety valves tested",  # a passive's work
    ]
    manual = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20", "TW-40"), (text,))
    for question, what in (
        ("steps to lift the rotor out of the tw-20", "Lifting the rotor out"),
        ("how do i grind the rolls", "Grinding of the hardened rolls"),
        ("how do i replace the main bearing", "Changing the main bearing"),
        ("how do i test the safety valves", "Safety valves tested"),
    ):
        found = scoped_out(question, [manual])
        assert found is not None and found.what == what, question
    for question in (
        "how do i lift the rolls",  # the work of one statement on the object of another
        "how do i replace the fan bearing",  # another bearing
        "how do i test the door switch",
        "how do i clean the rotor",  # another work
    ):
        assert scoped_out(question, [manual]) is None, question
    # A maker's die shop or factory, which the README names beside its service and tool shop.
    assert work_statements("Recutting the die is done in the Orvell die shop.") == ["Recutting the die"]
    assert work_statements("Balancing is carried out at the Orvell factory.") == ["Balancing"]
    # Left to an instruction by its code, what brackets list left out; a word between maker and service.
    assert work_statements("Roller overhaul (bearings, seals and shims) is done to instruction OR-RO-4.") == [
        "Roller overhaul"
    ]
    assert work_statements("Belt splicing is done by the Orvell belt service.") == ["Belt splicing"]
    # Left to an instruction by any participle, whose work joins the subject; not a "described" or "shown".
    lifted = "The screen plates are lifted and their gaskets renewed by two fitters to instruction OR-SP-3."
    assert work_statements(lifted) == ["The screen plates lifted and their gaskets renewed"]
    plates = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20",), (lifted,))
    found = scoped_out("how do i lift the screen plates to change the gaskets", [plates])
    assert found is not None and found.what.startswith("The screen plates")
    assert scoped_out("how do i clean the screen plates", [plates]) is None
    assert work_statements("The screen plates are shown in the figure next to instruction OR-SP-3.") == []
    # The work named by the verb, done by the maker's service: its participle joins the subject.
    wires = "Snapped cutter wires are re-strung by Orvell service. The gearbox is filled at the Orvell factory."
    assert work_statements(wires) == ["Snapped cutter wires re-strung"]
    strung = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20",), (wires,))
    found = scoped_out("how do i restring a snapped cutter wire", [strung])
    assert found is not None and found.what == "Snapped cutter wires re-strung"
    assert scoped_out("how do i fill the gearbox", [strung]) is None
    # Or done at the maker's factory only: "only" says no one else does it.
    recut = "Worn feed rolls are re-cut at the Orvell factory only. The rolls are balanced at the Orvell factory."
    assert work_statements(recut) == ["Worn feed rolls re-cut"]
    rolls = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20",), (recut,))
    assert scoped_out("feed rolls on the tw20 worn, how do we recut them ourselves", [rolls]) is not None
    assert scoped_out("how do i balance the feed rolls", [rolls]) is None
    assert scoped_out("on our tw20 the feed rolls are worn, how do we recut them", [rolls]) is not None
    assert work_statements("Spare feed rolls are stocked at the Orvell factory only.") == []
    # The participle must stand right before the maker's "by": the operator's check is no service work.
    oil = "The gearbox oil is checked by the operator and changed by Orvell service every 10 000 h."
    assert work_statements(oil) == []
    assert work_statements("Cleaning is done to the instructions on the panel.") == []
    assert work_statements("Greasing is carried out by the Maintenance or service staff.") == []
    # A how-to whose object is a pronoun works on what the question opened with.
    splicing = Manual(
        "orvell-tw.md",
        "Orvell TW Tube Washer Manual",
        ("TW-20",),
        ("Belt splicing is done by the Orvell belt service.",),
    )
    found = scoped_out("conveyor belt has a tear at the edge how do i splice it", [splicing])
    assert found is not None and found.what == "Belt splicing"
    assert scoped_out("chain has a stiff link how do i splice it", [splicing]) is None
    # A part named in -ing is no verb: "belt coupling is slipping" opens with the coupling.
    coupling = Manual("orvell-tw.md", "Orvell TW", ("TW-20",), ("Coupling renewal is done by Orvell service.",))
    found = scoped_out("belt coupling is slipping how do i renew it", [coupling])
    assert found is not None and found.what == "Coupling renewal"
    # Not said of the clause before: a sentence of its own, or a subject of its own.
    assert work_statements("Change the filter. It is not described here.") == []
    assert work_statements("The seal is changed yearly; the tool is not described here.") == []
    # A value the manual does not give is no work left out: setting the gap is still described.
    assert work_statements("The zero gap reference is on the commissioning sheet; it is not given here.") == []


def test_the_manuals_own_equipment_and_one_shared_word_are_not_scoped_out() -> None:
    for question in (
        "tw-40 spray pressure",  # a model of the manual
        "tw-20 drum speed",  # its model named: "drum" is one word of another statement
        "what frame size is the washer",  # variants' words name no other equipment
        "nk-2 nozzle kit part number",  # a kit with its own instructions is this machine's part
        "how do i rinse the tubes",  # "rinse" alone
        "what drum speed",  # "drum" alone
        # What a warranty or a guard does not cover is no document left to another.
        "spray bar guard missing, ok to run",
        "wear parts for the tw-20 frost damage",
    ):
        assert scoped_out(question, [WASHER]) is None, question


def test_a_manual_the_knowledge_base_holds_for_that_equipment_answers_instead() -> None:
    drum = Manual("orvell-dp.md", "Orvell DP Drum Pasteuriser Manual", ("DP-8",), ())
    sheet = Manual("orvell-tw60.md", "Orvell TW-60 Data Sheet", ("TW-60",), ())
    assert scoped_out("orvell drum pasteuriser wont drain", [WASHER, drum]) is None
    assert scoped_out("tw-60 spray pressure", [WASHER, sheet]) is None


def test_a_manual_that_sends_the_reader_to_another_documents_equipment_scopes_it_out() -> None:
    text = (
        "For automatic sewing lines on a conveyor, see the Orvell SL-40 documentation. Refer to the Kestin "
        "KC-9 controller manual for its parameters. See the card's own instructions. For wiring, see the "
        "installation manual."
    )
    # A subject must name a model: "the installation manual" or "the screen replacement instructions in
    # section 7" are this manual's own.
    assert statements(text) == ["Orvell SL-40", "Kestin KC-9 controller"]
    assert statements("Before changing the screen, see the screen replacement instructions in section 7.") == []
    closer = Manual("orvell-sk.md", "Orvell SK-5 Bag Closer Manual", ("SK-5",), (text,))
    found = scoped_out("orvell sl-40 line, how do i set the conveyor speed", [closer])
    assert found is not None and found.what == "Orvell SL-40"
    # The manual's own machine, and one word of a subject ("installation"), are not scoped out.
    assert scoped_out("sk-5 needle size", [closer]) is None
    assert scoped_out("installation of the sk5 stand", [closer]) is None


def test_a_value_the_manual_says_it_does_not_give_is_scoped_out_for_a_question_asking_it() -> None:
    text = (
        "Noise exposure limits for the operators, and vibration dose values, are set by national regulations. "
        "The press is set up by Orvell; the ram parallelism values are written in the test certificate of each "
        "press and are not given here. The die cushion preload (cold, at 20 °C) is recorded on the commissioning "
        "sheet; it is not given in this manual."
    )
    assert value_statements(text) == [
        "Noise exposure limits for the operators, and vibration dose values",
        "the ram parallelism values",
        "The die cushion preload",
    ]
    manual = Manual("orvell-hp.md", "Orvell HP Hydraulic Press", ("HP-40",), (text,))
    for question in (
        "whats the noise exposure limit for the operators",
        "what ram parallelism should the hp-40 have",
        "die cushion preload on the hp40",
    ):
        assert scoped_out(question, [manual]) is not None, question
    # A how-to for the work, another value, or a value of other words is no value the manual keeps back.
    for question in ("how do i set the die cushion", "whats the max ram force", "what noise does the pump make"):
        assert scoped_out(question, [manual]) is None, question
    # A clause opening the sentence is no value; a list's later items are of what its first names.
    assert value_statements("If the fan is installed outdoors, noise limits are set by local regulations.") == [
        "noise limits"
    ]
    dust = Manual(
        "orvell-hp.md", "Orvell HP Press", ("HP-40",), ("Exposure limits for oil mist and noise are set by law.",)
    )
    assert scoped_out("exposure limit for noise on the hp40", [dust]) is not None
    assert scoped_out("what is the noise level of the hp40", [dust]) is None


def test_a_value_kept_in_the_drawings_or_set_by_trial_is_scoped_out_for_a_question_asking_it() -> None:
    text = (
        "Relay settings and cable sizes are in the wiring diagrams in the door pocket; they are not repeated "
        "in this manual. There is no table of sealing pressures: set the pressure for each film by a test seal."
    )
    assert value_statements(text) == ["Relay settings and cable sizes", "sealing pressures"]
    manual = Manual("brenna-fs.md", "Brenna FS Flow Wrapper", ("FS-30",), (text,))
    for question in ("what relay setting for the infeed on the fs30", "sealing pressure for 40 micron film"):
        assert scoped_out(question, [manual]) is not None, question
    # A value of other words is none the manual keeps back.
    assert scoped_out("what size is the main fuse", [manual]) is None


def test_two_joined_participles_by_the_makers_service_are_its_work() -> None:
    text = "The cam follower track is relined or renewed by Halvick service only; call Halvick service when it pits."
    assert work_statements(text) == ["The cam follower track relined", "The cam follower track renewed"]
    manual = Manual("halvick-cf.md", "Halvick CF Cartoners", ("CF-60",), (text,))
    assert scoped_out("how do i reline the cam follower track on the cf60", [manual]) is not None
    assert scoped_out("how do i renew the cam follower track", [manual]) is not None
    # Other work on it, or the same work on another part, is not left to the maker.
    assert scoped_out("how do i clean the cam follower track", [manual]) is None
    assert scoped_out("how do i renew the drive belt", [manual]) is None
    assert work_statements("The kit is supplied and fitted by Halvick service.") == []  # supplied is no work
    assert work_statements("The track is either relined or renewed by Halvick service.") == [
        "The track relined",
        "The track renewed",
    ]


def test_a_value_found_by_tests_for_other_kinds_is_scoped_out_for_another_kind() -> None:
    text = (
        "For limestone of 1.6 t/m³ the mill gives 12 t/h at 80 % passing 75 µm. The output for other stone is found "
        "by grinding trials at the plant. For other feeds the media charge is found by sampling the mill in service."
    )
    assert value_statements(text) == ["The output for other stone", "the media charge for other feeds"]
    manual = Manual("grindel-bm.md", "Grindel BM ball mills", ("BM-12",), (text,))
    assert scoped_out("bm12 output on dolomite stone", [manual]) is not None
    assert scoped_out("media charge for a slag feed on the bm12", [manual]) is not None
    # The stone the manual names, or a value it gives for no kind, is not kept back.
    assert scoped_out("bm12 output on limestone", [manual]) is None
    assert scoped_out("bm12 motor power", [manual]) is None
    # Not a value the sentence goes on to give, nor one found by a test for no other kind (the steps give it).
    assert value_statements("The speed is found by trials, usually 60 rpm.") == []
    assert value_statements("The correct tension of the drive belt is found by a deflection test. Press it.") == []
    # One an office chooses from tests is the office's, "other" or not.
    chosen = "The flocculant and its dose are chosen by the chemical supplier from jar tests on site."
    assert value_statements(chosen) == ["The flocculant and its dose"]


def test_a_value_not_given_alone_is_scoped_out_only_for_what_its_subject_names() -> None:
    text = (
        "With the 8 mesh cloth the sifter passes 2.4 t/h of dry granules. Outputs with other meshes are not given; "
        "ask Corvell. Feed rates for lentils, chickpeas or peas are not given. On wet sand, the rated pull is not "
        "given. Torques are not given for M30 studs."
    )
    assert value_statements(text) == ["Outputs with other meshes", "Feed rates for lentils, chickpeas or peas"]
    manual = Manual("corvell-sf.md", "Corvell SF sifters", ("SF-3",), (text,))
    # A mesh the manual never writes before "mesh", by its number or its name; a crop it names as not given.
    assert scoped_out("sf3 output with a 12 mesh cloth fitted", [manual]) is not None
    assert scoped_out("whats the output with nylon mesh on the sf3", [manual]) is not None
    assert scoped_out("feed rate for chickpeas on the sf 3", [manual]) is not None
    # The mesh it gives the output for, the noun plain, a crop it does not name, a value bounded by a condition
    # before it or qualified after it: not kept back.
    assert scoped_out("sf3 output with the 8 mesh cloth", [manual]) is None
    assert scoped_out("sf3 output", [manual]) is None
    assert scoped_out("feed rate for wheat on the sf3", [manual]) is None
    assert scoped_out("rated pull of the sf3 on concrete", [manual]) is None
    assert scoped_out("torque for the sf3 lid bolts", [manual]) is None
    # Not when the sentence goes on to give it, or says where it is.
    assert value_statements("Speeds for PP and PE film are not given; use the PET speeds in Table 3.") == []
    assert value_statements("Loads for the M8 and M10 studs are not listed: take 12 kN.") == []
    assert value_statements("Outputs for other cloths are not given in full, only 1.8 t/h for 10 mesh.") == []
    assert value_statements("Outputs for other cloths are not given by the chart below.") == []
    # A number before a plural counts the things: "the 4 studs" names no other kind of stud.
    studs = Manual("corvell-sf.md", "Corvell SF sifters", ("SF-3",), ("Loads for other studs are not given.",))
    assert scoped_out("max load on the 4 studs of the sf3 lid", [studs]) is None
    assert scoped_out("max load for a 16 stud on the sf3 lid", [studs]) is not None


def test_a_clause_sending_what_it_opens_with_to_someone_scopes_out_a_value_for_it() -> None:
    text = (
        "The press runs 6082 and 6060 alloy billets at 4-9 m/min. For other alloys ask Torvane; for copper and "
        "brass billets, contact the die maker. For main ram and container work contact Torvane service. For spare "
        "parts, contact Torvane. For these ask the site."
    )
    assert value_statements(text) == ["other alloys", "copper and brass billets"]
    manual = Manual("torvane-xp.md", "Torvane XP extrusion presses", ("XP-20",), (text,))
    # A value for an alloy named as another, or for what the clause names.
    assert scoped_out("xp20 exit speed for a 7075 alloy", [manual]) is not None
    assert scoped_out("whats the speed for brass billets on the xp 20", [manual]) is not None
    # The alloys the manual gives values for, the noun plain, work or parts asked of service: not kept back.
    assert scoped_out("xp20 exit speed for 6082", [manual]) is None
    assert scoped_out("xp20 exit speed for the 6082 alloy", [manual]) is None
    assert scoped_out("whats the max speed on the xp20", [manual]) is None
    assert scoped_out("main ram pressure on the xp20", [manual]) is None
    assert scoped_out("part number for the container liner spare", [manual]) is None
    # Not this manual's own table, one thing alone (a part the manual gives values of), a bound or data.
    assert value_statements("For tightening torques and fuse sizes, refer to Table 4.") == []
    assert value_statements("For the gear unit, ask Torvane. For pump data, contact the pump maker.") == []
    assert value_statements("For billets above 500 kg or longer dies, contact Torvane.") == []
    # Before a clause saying the value is not given, that clause reads it (once).
    paired = "For S460 and other high-strength steels, ask Torvane; no values are given here."
    assert value_statements(paired) == ["S460 and other high-strength steels"]


def test_a_maker_giving_no_value_for_them_points_at_what_the_clause_before_opens_with() -> None:
    text = (
        "Glue pots run at 150-160 °C for EVA hot melt. For PUR and for metallocene grades, follow the glue "
        "supplier's data sheet; Kantero gives no temperatures for them."
    )
    assert value_statements(text) == ["temperatures for PUR and metallocene grades"]
    manual = Manual("kantero-eb.md", "Kantero EB edge banders", ("EB-5",), (text,))
    assert scoped_out("glue pot temp for pur on the eb5", [manual]) is not None
    assert scoped_out("glue pot temp for eva on the eb5", [manual]) is None
    # A clause before that opens otherwise: its subject, as before.
    assert value_statements("PUR grades need a cleaner pot; Kantero gives no temperatures for them.") == [
        "temperatures for PUR grades"
    ]


def test_a_work_done_again_is_the_renewal_of_its_part_by_the_makers_service() -> None:
    text = "Leaking seals are renewed by Kessway service. Clean the drum weekly."
    manual = Manual("kessway-dr.md", "Kessway DR drum dryers", ("DR-8",), (text,))
    assert scoped_out("drum seal weeping on the dr8, how do i reseal it", [manual]) is not None
    # What else the question works on must be named; other work on the part is not the maker's.
    assert scoped_out("how do i reseal the chute", [manual]) is None
    assert scoped_out("how do i clean the seals", [manual]) is None
    assert scoped_out("how do i repaint it", [manual]) is None
    # The word after "re" must be the renewed part's head noun: "restart it" is no work on "The start capacitor".
    capacitor = Manual(
        "kessway-dr.md", "Kessway DR drum dryers", ("DR-8",), ("The start capacitor is replaced by Kessway service.",)
    )
    assert scoped_out("how do i restart it", [capacitor]) is None


def test_values_another_makers_document_governs_are_scoped_out() -> None:
    text = (
        "Adhesives and primers come with their maker's data sheet, which governs open time, cure time and "
        "coverage. The nozzle heater is set to 160 °C."
    )
    assert value_statements(text) == ["open time, cure time and coverage"]
    manual = Manual("vestra-gl.md", "Vestra GL glue applicators", ("GL-5",), (text,))
    assert scoped_out("whats the open time of the primer", [manual]) is not None
    assert scoped_out("cure time for the adhesive on the gl5", [manual]) is not None
    assert scoped_out("nozzle heater temp gl5", [manual]) is None
    # Not when the sentence goes on to give a number, nor the machine's or the operator's own document.
    assert value_statements("Primers come with their maker's data sheet, which gives open times of 5 min.") == []
    assert value_statements("Read the machine's data sheet, which states the rated current and the fuse size.") == []
    assert (
        value_statements("Keep this operator's manual, which gives the settings and the torques, at the machine.") == []
    )
    assert value_statements("Observe the manufacturer's instructions, which give the permitted loads and speeds.") == []


def test_work_an_inspector_or_a_licensed_trade_does_is_scoped_out_for_a_how_to_of_it() -> None:
    text = (
        "The relief valve is tested and resealed once a year by the boiler inspector. Never block it. The level "
        "probes are checked by the operator every shift. Gas valves are adjusted only by a registered gas engineer."
    )
    assert work_statements(text) == ["The relief valve tested", "The relief valve resealed", "Gas valves adjusted"]
    manual = Manual("merrow-sb.md", "Merrow SB steam boilers", ("SB-40",), (text,))
    assert scoped_out("steps to test the relief valve on the sb40", [manual]) is not None
    assert scoped_out("how do i adjust the gas valves", [manual]) is not None
    # Work the operator does is the technician's; a fault with the valve asks no work left to the inspector.
    assert scoped_out("how do i check the level probes", [manual]) is None
    assert scoped_out("relief valve keeps lifting at 9 bar why", [manual]) is None
    assert work_statements("The vessel is inspected by the operator and the maintenance staff.") == []
    assert work_statements("The forks and chains are inspected daily by certified operators before use.") == []
    assert work_statements("Fill levels are inspected weekly by your maintenance inspector.") == []
    assert work_statements("The heater elements are replaced by a qualified electrical technician.") == []


def test_a_value_someone_states_for_none_of_a_case_is_scoped_out_for_that_case() -> None:
    text = (
        "The cycle times hold for beech and oak. Pine, spruce and other resinous woods clog the knives; "
        "Sawlund states no cycle time for them. Mortrex quotes no noise level for the open version."
    )
    assert value_statements(text) == [
        "cycle time for Pine, spruce and other resinous woods",
        "noise level for the open version",
    ]
    manual = Manual("sawlund-ct.md", "Sawlund CT Tenoners", ("CT-4",), (text,))
    for question in ("what cycle time on the ct4 with spruce", "whats the noise level of the open version"):
        assert scoped_out(question, [manual]) is not None, question
    # The cases the values are stated for, or the value asked without the case, are not scoped out.
    for question in ("cycle time for oak on the ct4", "what cycle time does the ct4 do", "noise level of the ct4"):
        assert scoped_out(question, [manual]) is None, question
    # A part of the machine that gives no signal answers; a clause after the case says what is given instead.
    assert value_statements("The control gives no warning for low oil level. It gives no signal for brass.") == []
    assert value_statements("The manual gives no airflow for each fan, only for both fans together.") == [
        "airflow for each fan"
    ]


def test_a_changeover_is_work_on_what_the_machine_is_changed_over_to() -> None:
    text = "Changing the press over to another die set (both halves) is done to service instruction DK-SI-3."
    manual = Manual("dorkan-cp.md", "Dorkan CP Forming Presses", ("CP-10", "CP-20"), (text,))
    assert scoped_out("how do i change the cp20 over to a different die set", [manual]) is not None
    # Work on what the title alone names ("the press") is not that changeover.
    assert scoped_out("how do i change the press on the cp20", [manual]) is None


def test_a_product_that_needs_settings_of_its_own_is_scoped_out_for_a_value_asked_for_it() -> None:
    text = "These limits are for white bread dough. Rye, spelt and other doughs need specific settings from Bakrel."
    assert value_statements(text) == ["Rye, spelt and other doughs"]
    manual = Manual("bakrel-dm.md", "Bakrel DM Dough Mixers", ("DM-80",), (text,))
    assert scoped_out("max mixing time for spelt on the dm80", [manual]) is not None
    # The product the limits are for is not scoped out.
    assert scoped_out("max mixing time for white dough on the dm80", [manual]) is None


def test_a_value_worked_out_by_people_or_needing_other_settings_is_scoped_out_for_a_value_asked_for_it() -> None:
    text = (
        "The gelling times in section 4 hold for bakery fondant. The settings for dark (bitter) glaze are worked out "
        "for each line by the Vennick applications team. Rice and oat syrups need other settings, which our syrup "
        "laboratory works out for each recipe."
    )
    assert value_statements(text) == ["The settings for dark glaze", "Rice and oat syrups"]
    manual = Manual("vennick-gk.md", "Vennick GK Glaze Kettles", ("GK-60",), (text,))
    assert scoped_out("gk60 switched to dark glaze, what kettle temp should it be", [manual]) is not None
    assert scoped_out("gelling time for oat syrup on the gk60", [manual]) is not None
    # What the manual's own values are for is not scoped out; nor is a value a part or the product sets.
    assert scoped_out("gelling time for bakery fondant on the gk60", [manual]) is None
    for own in (
        "The kettle speed is set by the controller.",
        "The cycle time is determined by the wall thickness.",
        "The glaze settings are worked out by the Vennick applications team, see table 5.",
        "The belt tension is set by Vennick service at commissioning to 50 N.",
        "The kettle speed is set by the operator in the service menu.",
    ):
        assert value_statements(own) == []
    # "pp" is polypropylene.
    plastics = Manual(
        "gk.md",
        "Vennick GK Glaze Kettles",
        ("GK-60",),
        ("PVC and polypropylene need other settings, which the Vennick laboratory works out.",),
    )
    assert scoped_out("what barrel temp for pp on the gk60", [plastics]) is not None
    # Sized by the one who installs it (twenty-seventh session); not when the sentence goes on to give the size.
    wiring = "The mains cable and its fuses are sized by the installing electrician for the local rules."
    assert value_statements(wiring) == ["The mains cable and its fuses"]
    supply = Manual("gk.md", "Vennick GK Glaze Kettles", ("GK-60",), (wiring,))
    assert scoped_out("what size mains cable for the gk60", [supply]) is not None
    assert value_statements("The mains cable is sized by the installer, 4 x 6 mm² on the GK-60.") == []


def test_what_a_clause_sends_elsewhere_is_the_value_not_given_after_it() -> None:
    text = (
        "Oak and ash: the beech values. For teak and other oily hardwoods, and for laminated boards, consult the "
        "Renwick timber desk; no values are given here."
    )
    assert value_statements(text) == ["teak and other oily hardwoods, and laminated boards"]
    manual = Manual("renwick-pl.md", "Renwick PL Planers", ("PL-40",), (text,))
    assert scoped_out("max feed speed for teak on the pl40", [manual]) is not None
    assert scoped_out("max feed speed for laminated boards on the pl40", [manual]) is not None
    assert scoped_out("max feed speed for oak on the pl40", [manual]) is None
    # Said of a pronoun's clause as before.
    assert value_statements("The knife gap is set at the factory; it is not given here.") == ["The knife gap"]


def test_a_table_row_ends_at_its_line_and_the_statement_after_it_is_read_alone() -> None:
    text = (
        "Interval: Yearly; Work: Change the oil: 40 L on the KM-2\n"
        "Regrinding the knives is done to service instruction KM-SI-2. Belts are changed by Kelvor service."
    )
    assert work_statements(text)[:1] == ["Regrinding the knives"]


def test_a_value_in_this_manuals_own_figure_or_given_on_is_not_scoped_out() -> None:
    text = (
        "The lubrication points are shown in the diagram below. The fuse ratings are shown on the circuit "
        "diagram in section 9. Stainless steel requires specific settings, given in Table 6.2. There is no "
        "table of belt tensions: set it so the belt deflects 10 mm under thumb pressure."
    )
    assert value_statements(text) == []
    drawings = Manual("fs.md", "Brenna FS Flow Wrapper", ("FS-30",), ("Relay settings are in the wiring diagrams.",))
    # A report of trouble asks no value.
    assert scoped_out("safety relay wont reset on the fs30", [drawings]) is None
    assert scoped_out("which relay setting for the infeed on the fs30", [drawings]) is not None


def test_work_on_a_part_named_by_the_title_is_not_work_on_another_part_of_it() -> None:
    text = "Replacing the main drive bearings is done by Krona service."
    manual = Manual("krona-rf.md", "Krona Roll Forming Line", ("RF-20",), (text,))
    assert scoped_out("how do i replace the roll bearings on the rf20", [manual]) is None


PEELER = (
    "The vessel is a pressure vessel. The yearly inspection of the vessel and the safety valve test are done "
    "by the inspector appointed under the local rules. They are not described in this manual. The drive "
    "shaft, its length, its guard and its greasing are covered by the shaft maker's manual. Converting the "
    "burner to LPG needs the kit GK-3 and is done by a gas engineer; it is not described in this manual."
)
VESSEL = Manual("orvell-pv.md", "Orvell PV Steam Peeler", ("PV-3",), (PEELER,))


def test_a_pronoun_that_is_not_described_stands_for_the_sentence_before() -> None:
    assert statements(PEELER) == [
        "The yearly inspection of the vessel",
        "the safety valve test",
        "The drive shaft",
        "its length",
        "its guard",
        "its greasing",
        "Converting the burner to LPG",
    ]
    found = scoped_out("yearly vessel inspection on the peeler, what does it involve", [VESSEL])
    assert found is not None and found.what == "The yearly inspection of the vessel"
    # Only a sentence that hands its work to someone, in number with the pronoun, is what it stands for.
    assert statements("Fit the new seal. It is not described in this manual.") == ["It"]
    assert statements("The drive motor is fitted with an encoder. It is not described in this manual.") == ["It"]
    assert statements("The cabinet is cleaned by the operator. They have their own manuals.") == ["They"]
    assert statements("If the pump is done by noon, the valve is shut. It is not described in this manual.") == ["It"]
    assert statements("- Balancing is done by Orvell service.\n- It is not described in this manual.") == ["Balancing"]


def test_a_listed_subject_drops_its_opening_and_lends_its_object_to_a_work_named_alone() -> None:
    assert statements("For the TX-2 and TX-4, the heater and the blower are covered by separate manuals.") == [
        "the heater and the blower"
    ]
    assert statements("Cleaning, checking and greasing the chain are described in the chain maker's manual.") == [
        "Cleaning the chain",
        "checking the chain",
        "greasing the chain",
    ]


def test_another_makers_manual_by_its_owner_scopes_out_each_item_of_its_list() -> None:
    found = scoped_out("how do i shorten the drive shaft for our tractor", [VESSEL])
    assert found is not None and found.what == "The drive shaft"
    assert statements("The guard is described in the guard maker's manual.") == ["The guard"]
    # The machine's own documents, a step done as another's instructions say, "this manual" and a guard
    # that covers are no such statement.
    assert statements("The guard is described in the operator's manual.") == []
    assert statements("The safety functions are described in the machine's instructions.") == []
    assert statements("Tighten the bolts as described in the manufacturer's instructions.") == []
    assert statements("The shaft guard is covered by this manual.") == []
    assert statements("The shaft is covered by its guard.") == []
    # A question about the vessel itself shares one word with a statement's subject, not the two the word
    # rule needs: the vessel is this manual's own.
    assert scoped_out("vessel pressure on the peeler", [VESSEL]) is None


def test_a_subject_naming_the_last_word_of_the_asked_object_names_the_work() -> None:
    text = (
        "Roller buffing is done to instruction RF-11 and is not described in this manual. Bearing replacement "
        "on the idlers is done by Orvell service."
    )
    manual = Manual("orvell-rf.md", "Orvell RF Ring Frame", ("RF-8",), (text,))
    found = scoped_out("how do i buff the top rollers", [manual])
    assert found is not None and found.what == "Roller buffing"
    # The subject names a word the question does not ("idlers"): another part's bearings.
    assert scoped_out("how do i replace the main drive bearing", [manual]) is None


def test_work_done_again_is_the_work_named() -> None:
    text = "The tempering machine, its seeding and its temper curve are described in its own manual TM-01."
    manual = Manual("orvell-en.md", "Orvell EN Enrober", ("EN-8",), (text,))
    found = scoped_out("how do i reseed the tempering machine", [manual])
    assert found is not None and found.what == "its seeding"
    found = scoped_out("how do i re-seed the tempering machine", [manual])
    assert found is not None and found.what == "its seeding"
    # A verb of its own in "re" is no work done again: "replace" is no "place".
    placing = Manual(
        "orvell-en.md", "Orvell EN Enrober", ("EN-8",), ("Placement is described in a separate document.",)
    )
    assert scoped_out("how do i replace the belt", [placing]) is None
    assert scoped_out("procedure for replacing the belt", [placing]) is None
    assert scoped_out("how do i place the belt", [placing]) is not None
    # "re" before fewer than four letters is no work done again: "reset" is not "set".
    setting = Manual(
        "orvell-en.md", "Orvell EN Enrober", ("EN-8",), ("Setting the scraper is described in its own manual.",)
    )
    assert scoped_out("how do i reset the scraper", [setting]) is None
    assert scoped_out("how do i set the scraper", [setting]) is not None


def test_a_list_of_participles_left_to_another_shop_is_each_its_work() -> None:
    text = (
        "Knives are ground, honed, balanced and profiled in the grinding shop to instruction GRS-04; "
        "this work is not described here."
    )
    assert work_statements(text) == ["Knives ground, Knives honed, Knives balanced, Knives profiled"]
    chipper = Manual("orvell-dc.md", "Orvell DC Disc Chipper Manual", ("DC-6",), (text,))
    assert scoped_out("how do i hone the knives on the dc6", [chipper]) is not None
    # The work asked before its object is parsed: the subject's other words need only be the question's.
    assert scoped_out("how do i hone and balance the edges of the dc6 knives", [chipper]) is not None
    # Other work on the knives, or the listed work on another part, is not left out.
    assert scoped_out("how do i change the knives on the dc6", [chipper]) is None
    assert scoped_out("how do i balance the disc on the dc6", [chipper]) is None
    # Two works on a part of the listed equipment: what the second is done to must be its subject.
    motors = "Motors are checked, cleaned and rewound by an electrical contractor; this work is not described here."
    assert work_statements(motors) == ["Motors checked, Motors cleaned, Motors rewound"]
    station = Manual("orvell-ps.md", "Orvell PS Pump Station Manual", ("PS-1",), (motors,))
    assert scoped_out("how do i check and grease the motor bearings", [station]) is None
    assert scoped_out("how do i clean the motors", [station]) is not None


def test_a_clause_without_a_participle_of_its_own_is_its_subject() -> None:
    # "Replacing the seal is done to ...": "done" names no work, the subject does (a list of participles
    # must not leave it empty).
    text = "Replacing the rotor seal is done to instruction KR-07 with the press tool; it is not described here."
    assert work_statements(text) == ["Replacing the rotor seal"]


def test_a_short_item_the_manual_leaves_out_is_scoped_out_though_the_question_names_its_model() -> None:
    text = (
        "The KV-2 and KV-4 seal trays of PET and PS foam. Sealing of PLA and paper trays is not covered by this "
        "manual. Ostrel vacuum packers and label printers have their own manuals. The yearly inspection of the "
        "heater is done by Ostrel service and is not described in this manual. This manual does not cover "
        "installation or the electrical connection."
    )
    manual = Manual("ostrel-kv.md", "Ostrel KV Tray Sealer", ("KV-2", "KV-4"), (text,))
    for question, what in (
        ("seal temp for pla trays on the kv4", "Sealing of PLA and paper trays"),  # an item of what is sealed
        ("kv-2 dwell time on paper trays", "Sealing of PLA and paper trays"),
        ("ostrel vacuum packer keeps losing vacuum", "Ostrel vacuum packers and label printers"),
    ):
        found = scoped_out(question, [manual])
        assert found is not None and found.what == what, question
    for question in (
        "seal temp for pet trays on the kv4",  # the manual's own material
        "heater temp on the kv-2",  # what an inspection is done to is the machine's own part
        "kv4 tripped after installation, what now",  # an item of work is asked only by a how-to of it
        "kv-2 electrical connection fuse size",
        "label on the kv4 tray is skewed",  # one word of a longer item
    ):
        assert scoped_out(question, [manual]) is None, question
    # Whole words: "the knife grinder" (which "has its own manual") is not named by "grinding" the knives.
    grinder = Manual("ostrel-dc.md", "Ostrel DC Chipper", ("DC-16",), ("The knife grinder has its own manual.",))
    assert scoped_out("how narrow can the knives get from grinding", [grinder]) is None
    assert scoped_out("knife grinder wheel speed", [grinder]) is not None


def test_a_check_or_test_left_out_is_work_whose_value_may_still_be_asked() -> None:
    # "The hose test ... is not described": how it is done is left out, not when; a how-to still is, and a check
    # or a test that names a thing ("check valves", "the test bench") is that thing.
    text = (
        "The DV-6 and DV-9 dosing skids. The hose test is done by a certified fitter with the site records; it is "
        "not described in this manual. Check valves are supplied by the customer and are not covered by this "
        "manual. The test bench has its own manual."
    )
    manual = Manual("norrel-dv.md", "Norrel DV Dosing Skid", ("DV-6", "DV-9"), (text,))
    for question in ("hose test interval on the dv9", "how often is the hose test due on the dv 6"):
        assert scoped_out(question, [manual]) is None, question
    for question in (
        "how do i do the hose test on the dv9",
        "hose test procedure dv9",
        "whats involved in the hose test dv6",
        "check valve leaking back on the dv9",
        "non return check valve torque dv6",
        "test bench wont power up dv9",
    ):
        assert scoped_out(question, [manual]) is not None, question


def test_a_value_left_out_for_any_other_thing_opened_by_a_preposition_is_the_named_others() -> None:
    text = (
        "These stopping distances hold at full load with the standard brake pad BP-4 only. With any other brake "
        "pad, for example a sintered pad, the stopping distance is worked out by the site engineer; no figures are "
        "given here."
    )
    manual = Manual("corlan-tt.md", "Corlan TT Turntable", ("TT-8",), (text,))
    # The standard pad's distance is given; a question naming no other pad asks for it.
    assert scoped_out("stopping distance on the tt8 at full load", [manual]) is None
    # The example names the other pad; so does a kind or a name the manual never writes, or "another".
    for question in (
        "we fitted sintered pads to the tt8, whats the stopping distance now",
        "stopping distance on the tt8 with ceramic brake pads",
        "stopping distance on the tt8 with kevlar pads",
        "tt8 stopping distance, we use another brand of pad",
    ):
        assert scoped_out(question, [manual]) is not None, question


def test_a_maker_that_gives_no_value_leaves_it_out_unless_only_for_some_case() -> None:
    text = (
        "Use of the fogger in a venue is decided by the venue. Halbrook gives no noise levels and no air change "
        "rates in this manual. Halbrook gives no flow for other fluids. The control gives no warning for a dry tank."
    )
    assert unstated_values(text) == ["noise levels", "air change rates"]
    manual = Manual("halbrook-fg.md", "Halbrook FG Fogger", ("FG-3",), (text,))
    for question in ("whats the noise level of the fg3 at full output", "whats the air change rate for the fg 3"):
        assert scoped_out(question, [manual]) is not None, question
    # A value left out only for some case, or what a part does not give, leaves the rest to the manual.
    for question in ("whats the max flow of the fg3", "does the fg3 warn when the tank runs dry"):
        assert scoped_out(question, [manual]) is None, question
    assert unstated_values("The meter gives no pulses for 60 s. Nivra gives no capacity outside 5-30 °C.") == []
    # A maker's "gives no" counts only said of this manual: a fault table's "Pump gives no flow" is a symptom.
    assert unstated_values("Symptom: Pump gives no flow; Cause: air in the suction. Encoder gives no pulses.") == []
    assert unstated_values("Nivra gives no noise levels here. This manual gives no sound power.") == [
        "noise levels",
        "sound power",
    ]


def test_a_value_the_manual_says_it_does_not_give_or_sets_from_anothers_data_sheet_is_scoped_out() -> None:
    text = (
        "Each part has a cure cycle of its own. This manual does not give cure times. "
        "Never shorten a cure cycle. Nylon films may be sealed hotter. Their dwell times are set from the film "
        "maker's data sheet. The control does not give a warning for low air."
    )
    assert value_statements(text) == ["dwell times for Nylon films"] and unstated_values(text) == ["cure times"]
    manual = Manual("ostrel-kv.md", "Ostrel KV Tray Sealer", ("KV-2", "KV-4"), (text,))
    for question in ("cure time for 2 mm trays on the kv4", "dwell time for nylon film on the kv2"):
        assert scoped_out(question, [manual]) is not None, question
    # Another film's dwell time, or what the control does, is not what the statements name.
    # Nor the words apart: "cure temp ... the hold time" asks no cure time.
    for question in (
        "dwell time for pet film on the kv2",
        "does the kv4 warn on low air",
        "cure temp fell, extend the time",
    ):
        assert scoped_out(question, [manual]) is None, question


def test_the_twenty_ninth_review_scope_cases_stay_as_they_were() -> None:
    fryer = (
        "The yearly inspection of the vessel and the burner is done by Fryco service and is not described in this "
        "manual."
    )
    supplied = "Pumps, valves and compressors supplied by the customer are not covered by this manual."
    manual = Manual("f.md", "Fryco BX Fryer", ("BX-400",), (fryer, supplied))
    for question in ("burner gas pressure on the bx400", "vessel capacity bx400", "pump pressure on the bx400"):
        assert scoped_out(question, [manual]) is None, question
    # By stem, a doer apart: "detection" names the metal detector, "palletizer" the palletiser.
    detector = Manual("d.md", "Packline PL Checkweigher", ("PL-1",), ("The metal detector has its own manual.",))
    assert scoped_out("metal detection keeps rejecting good packs", [detector]) is not None
    # The manual's own table, a value given in the same sentence, an instruction as owner, a linear guide.
    own = "Bolt torques are given in the manufacturer's table below. M8: 25 Nm; M10: 49 Nm."
    assert value_statements(own) == []
    assert value_statements("The grease interval is set to the bearing maker's recommendations: every 500 h.") == []
    assert value_statements("Press the start button. Its set point is taken from the resin maker's data sheet.") == []
    assert value_statements("The guide does not contain any grease nipples; grease the rail instead.") == []


def test_a_value_not_given_for_other_kinds_is_given_for_the_ones_the_manual_names() -> None:
    # "Other grains" are those the manual does not name: wheat and barley are named, rye is not.
    text = (
        "The capacities hold for clean dry wheat. Barley gives about 10 % less. "
        "For other grains, ask Millbrand for a trial; no figures are given here."
    )
    manual = Manual("m.md", "Millbrand MX Roller Mill", ("MX-200",), (text,))
    assert value_statements(text)[-1] == "other grains"
    for question in ("what capacity on malting barley grain", "grain capacity of the mx200 per hour"):
        assert scoped_out(question, [manual]) is None, question
    assert scoped_out("what capacity on rye grain", [manual]) is not None


def test_a_value_named_by_another_value_word_is_not_the_one_left_out() -> None:
    text = "The heater, its power settings and the thermal fuse are set up only by the maker's service engineer."
    manual = Manual("h.md", "Heatco HX Dryer", ("HX-2",), (text,))
    # A rating is no setting: the spec table gives it.
    assert scoped_out("whats the power rating in kw of the hx2", [manual]) is None
    assert scoped_out("what power settings on the hx2", [manual]) is not None
    assert scoped_out("what power should the hx2 run at", [manual]) is not None  # no value word: named all the same


def test_values_set_as_anothers_manual_describes_or_from_a_laboratory_are_not_given_here() -> None:
    described = (
        "The feeder's cycle time, its delay and the handshake signals are entered in the feeder's panel as "
        "described in the feeder maker's manual."
    )
    assert value_statements(described) == ["The feeder's cycle time, its delay and the handshake signals"]
    recipes = "Bake profiles and proofing times come from the customer's bakery laboratory; this manual covers the oven"
    assert value_statements(recipes) == ["Bake profiles and proofing times"]
    # Not the manual's own values, nor where parts come from.
    assert value_statements("The delay is set on the panel as described in the maker's manual, 2 s by default.") == []
    assert value_statements("Spare parts come from the supplier's service centre.") == []
    manual = Manual("w.md", "Wrapco WX Wrapper", ("WX-1",), (described, recipes))
    assert scoped_out("what delay do i set for the feeder on the wx1", [manual]) is not None
    assert scoped_out("proofing time for rye rolls", [manual]) is not None
    assert scoped_out("film tension on the wx1", [manual]) is None


def test_a_unit_with_its_own_manual_is_named_by_three_words_though_the_machine_is() -> None:
    text = "The servo dosing pump unit (option SD), fitted instead of the gear pump, has its own manual, WX-OM-SD-01."
    # The participle's clause set off by commas says what the unit is; it is not the subject.
    assert statements(text) == ["The servo dosing pump unit (option SD)"]
    manual = Manual("w.md", "Wrapco WX Wrapper", ("WX-1", "WX-2"), (text,))
    assert scoped_out("stroke for the servo dosing pump on the wx2", [manual]) is not None
    # Two shared words with the model named stay the machine's own ("gear pump" is this manual's).
    assert scoped_out("gear pump speed on the wx2", [manual]) is None
    assert scoped_out("dosing pump pressure on the wx2", [manual]) is None


def test_the_second_review_scope_cases() -> None:
    press = (
        "The auxiliary hydraulic power pack (option AH) has its own manual. "
        "The sludge feed pump of the thickener has its own manual."
    )
    manual = Manual("s.md", "Sievenor SP Screw Press", ("SP-3",), (press,))
    # Another unit by its own word ("main"), or the same words of what the unit is not part of, are the machine's own.
    assert scoped_out("main hydraulic power pack pressure on the sp3", [manual]) is None
    assert scoped_out("sludge feed pump speed on the sp3", [manual]) is None
    assert scoped_out("auxiliary hydraulic power pack pressure on the sp3", [manual]) is not None
    grains = Manual(
        "m.md",
        "Millbrand MX Roller Mill",
        ("MX-200",),
        (
            "The capacities hold for clean dry wheat. "
            "For other grains, ask Millbrand for a trial; no figures are given here.",
        ),
    )
    # How much or when is no kind of grain; "other" itself is.
    for question in (
        "whats the max grain capacity per hour",
        "what is the hourly grain capacity",
        "mx200 grain capacity",
    ):
        assert scoped_out(question, [grains]) is None, question
    assert scoped_out("what capacity on other grains like rye", [grains]) is not None
    # A participle's clause set off by commas after a single subject says what it is; the subject stays.
    assert statements("The chiller, cooled by the site's own glycol loop, has its own manual.") == ["The chiller"]


def test_a_narrowed_kind_left_out_leaves_the_thing_in_general_covered() -> None:
    # Strings written for the rule: the manual leaves out parts wet with a solvent, not wet parts.
    narrowed = (
        "The CX dries parts wetted with water. Parts wet with acetone or other solvents must be dried in the sealed "
        "CX-40S, which has its own manual."
    )
    cabinet = Manual("kelby-cx.md", "Kelby CX Dryer Manual", ("CX-20", "CX-40"), (narrowed,))
    assert scoped_out("wet parts keep dripping out of the basket, drying too slow", [cabinet]) is None
    found = scoped_out("how long to dry parts wet with acetone", [cabinet])
    assert found is not None and "wet" in found.what.lower()
    # A thing the manual names only in the statement leaving it out is still left out whole.
    towers = Manual(
        "kelby-pp.md",
        "Kelby PP Pellet Press Manual",
        ("PP-20",),
        ("Cooling towers with fill packs are not covered by this manual.",),
    )
    assert scoped_out("cooling tower fan vibration limits", [towers]) is not None


def test_a_model_named_with_a_space_is_named() -> None:
    # "the cx 20" names the manual's CX-20: two shared words of an upstream machine's statement no longer scope it out.
    upstream = "The parts conveyor upstream and the dryer downstream have their own manuals."
    cabinet = Manual("kelby-cx.md", "Kelby CX Parts Washer Manual", ("CX-20", "CX-40"), (upstream,))
    assert (
        scoped_out("conveyor upstream keeps feeding parts too fast into the cx 20, what basket speed", [cabinet])
        is None
    )
    assert scoped_out("conveyor upstream keeps feeding parts too fast, what speed", [cabinet]) is not None


def test_a_statement_speaks_only_for_its_own_manual_when_the_question_names_another_retrieved_one() -> None:
    # Strings written for the rule: a greenhouse computer's manual and a poultry controller's, both retrieved.
    poultry = Manual(
        "tannvik-pc-poultry-controller.txt",
        "Tannvik PC-3 Poultry House Climate Controller",
        ("PC-3",),
        ("Ammonia and CO2 sensors connect through the TG-2 gas module, which has its own manual.",),
    )
    greenhouse = Manual(
        "brookfell-gx-greenhouse-computer.html",
        "Brookfell GX-6 Greenhouse Climate Computer",
        ("GX-6",),
        ("Dosing stops at 1200 ppm CO2 (alarm C31).",),
    )
    both = [greenhouse, poultry]
    # Named by its maker, its kind or its model, the greenhouse computer is what is asked about: the poultry
    # controller's gas module is not, whichever manual was retrieved first.
    for question in (
        "at what co2 level does the brookfell stop dosing and alarm",
        "co2 alarm level on the greenhouse computer",
        "co2 alarm level on the gx-6",
    ):
        assert scoped_out(question, both) is None, question
        assert scoped_out(question, both[::-1]) is None, question
    # Named by the poultry controller's maker or model, or by neither, the statement stands.
    for question in (
        "at what co2 level does the tannvik stop dosing and alarm",
        "co2 alarm level on the pc 3",
        "at what co2 level does it stop dosing and alarm",
    ):
        found = scoped_out(question, both)
        assert found is not None and found.source == poultry.source, question
    # A word one title holds and another manual's text writes names neither: "gas" of a gas chlorinator's title
    # is also the dehydration unit's, whose regenerator heater has its own manual.
    chlorinator = Manual("vexa-gc-gas-chlorinator.pdf", "Vexa GC Gas Chlorinators", ("GC-10",), ("Chlorine feed.",))
    dehydrator = Manual(
        "drell-td-teg-dehydration-unit.md",
        "Drell TD TEG Dehydration Units",
        ("TD-300",),
        ("Wet gas enters at the bottom. The regenerator heater and its gas train have their own manual.",),
    )
    found = scoped_out("gas supply pressure to the regenerator heater?", [dehydrator, chlorinator])
    assert found is not None and found.source == dehydrator.source
    # Whole words name a manual, not their stems, nor the words every manual's title has: "pressure" is no "Press",
    # "instructions" no manual's name.
    for title, question in (
        ("Orvik BP-40 Baling Press", "what co2 pressure should the gas module run at"),
        ("Kelbrook KB-20 Operating Instructions and Maintenance", "gas module co2 calibration instructions"),
    ):
        other = Manual("orvik.pdf", title, (), ("Bale size 80 cm.",))
        found = scoped_out(question, [poultry, other])
        assert found is not None and found.source == poultry.source, question
    # Words both titles hold ("climate") or generic ones ("unit") name neither.
    assert scoped_out("co2 alarm level on the climate unit", both) is not None


def test_a_relative_pronoun_after_the_machine_in_general_words_names_the_unit_with_its_own_manual() -> None:
    # Strings written for the rule: the manual's own units are run from a controller that has its own manual.
    text = "The units are switched from the zone controller ZC-8, which has its own manual, or by hand."
    assert statements(text) == ["the zone controller ZC-8"]
    assert statements("It is driven by the HX-2 gearbox, which has its own manual.") == ["the HX-2 gearbox"]
    # What the manual's own machine does when the controller is lost is the manual's; the controller is not.
    heaters = Manual("tarvo-hb.md", "Tarvo HB Band Heaters", ("HB-4",), (text,))
    assert scoped_out("heaters lost the signal from the controller, what power do they switch at", [heaters]) is None
    assert scoped_out("how do i set the address on the zc-8 zone controller", [heaters]) is not None
    # Said of something the manual leaves out, the clause stays whole: the parts are what go elsewhere.
    parts = "Parts wet with solvent must be dried in the sealed HB-4S, which has its own manual."
    assert statements(parts) == ["Parts wet with solvent must be dried in the sealed HB-4S"]


def test_equipment_a_manual_says_is_not_in_it_is_scoped_out() -> None:
    # Strings written for "is not in this manual" / "not part of this manual" (rules.SCOPED_OUT).
    text = "Drying tunnels are not part of this manual. Mains wiring is not in this guide. The pump is in this manual."
    assert statements(text) == ["Drying tunnels", "Mains wiring"]
    manual = Manual("orvell-tw.md", "Orvell TW Tube Washer Manual", ("TW-20", "TW-40"), (text,))
    found = scoped_out("how hot does the drying tunnel get", [manual])
    assert found is not None and found.what == "Drying tunnels"
    assert scoped_out("orvell tw pump flow", [manual]) is None
    # A relative clause, a condition or "any" names nothing the manual leaves out.
    for sentence in (
        "Rinse settings that are not in this manual are factory set.",
        "If a fault code is not in this manual, call service.",
        "Any tank alarm not covered here that is not in this manual must be reported.",
    ):
        assert statements(sentence) == [], sentence


def test_changes_made_only_by_the_makers_service_are_no_value_left_out() -> None:
    # Strings written for rules.CHANGES_SUBJECT: work on the system, not a value a fact question asks.
    text = "Changes to the alarm code, to the number of zones or to the delays are made only by Korbell service."
    assert value_statements(text) == []
    manual = Manual("k.md", "Korbell KZ Zone Alarm", ("KZ-8",), (text,))
    assert scoped_out("zone 3 cant raise an alarm the display says zone locked", [manual]) is None
    assert scoped_out("new zone needs 900 m of cable will the kz8 cope", [manual]) is None
    # A value set by the service is still one the manual leaves out.
    settings = Manual("k.md", "Korbell KZ Zone Alarm", ("KZ-8",), ("The zone delays are set by Korbell service.",))
    assert scoped_out("what zone delay on the kz8", [settings]) is not None


def test_a_version_with_its_own_supplement_is_scoped_out() -> None:
    # A string written for "described in its own supplement" (rules.SCOPED_OUT, SCOPED_OUT_SQL).
    text = "The 690 V control cabinet is described in its own supplement."
    assert statements(text) == ["The 690 V control cabinet"]
    # Not a supplement in or with this manual.
    for kept in (
        "The option board is described in its own supplement at the back of this manual.",
        "The option board is described in its own supplement, included with this manual.",
        "The option board is described in its own supplement (appendix C).",
    ):
        assert statements(kept) == [], kept


def test_the_work_joined_after_a_phrasal_verbs_particle_is_asked_too() -> None:
    # Strings written for scope._PARTICLE_LEAD: "strip down and overhaul" asks the overhaul.
    text = "The breaker hammer is overhauled by Korbell service only."
    manual = Manual("k.md", "Korbell KB Scaling Boom", ("KB-9",), (text,))
    assert scoped_out("how do i overhaul the breaker hammer on the kb9", [manual]) is not None
    found = scoped_out("how do i strip down and overhaul the breaker hammer on the kb9", [manual])
    assert found is not None
    assert scoped_out("how do i strip down and grease the breaker hammer on the kb9", [manual]) is None


def test_a_value_the_manual_says_is_not_stated_is_left_out() -> None:
    # Strings written for "not stated" (rules._NOT_GIVEN_HERE) and a clause joined by ", and" (scope._last_clause).
    text = "Lift times hold with warm oil; with cold oil the lift is slower, and the KL-4 cold lift time is not stated."
    assert value_statements(text) == ["the KL-4 cold lift time"]
    # A list's last item stays in its list.
    listed = "The pump speed, the valve setting, and the motor current are set by Korbell service."
    assert value_statements(listed) == ["The pump speed, the valve setting, and the motor current"]


def test_a_value_left_out_above_a_bound_is_left_out_only_there() -> None:
    # Strings written for the bound's "or" (fortieth session): "10 NTU or more" is one item, no list of two.
    text = "Velmora gives no sizing error for slurry with a solids content of 40 % or more."
    meter = Manual("velmora-sm.md", "Velmora SM Slurry Meter Manual", ("SM-8",), (text,))
    assert scoped_out("how big is the sizing error on the velmora sm8", [meter]) is None
    asked_there = "what is the sizing error for slurry with a solids content of 40 % on the sm8"
    assert scoped_out(asked_there, [meter]) is not None
    # An "or" after no number still lists two values, each left out.
    gaps = Manual(
        "velmora-sm.md",
        "Velmora SM Slurry Meter Manual",
        ("SM-8",),
        ("The inlet gap or outlet gap is set by Velmora service.",),
    )
    assert scoped_out("what is the outlet gap on the sm8", [gaps]) is not None
    # "Lower" that goes on to a noun is no bound's (after a second review).
    valves = Manual(
        "velmora-sm.md",
        "Velmora SM Slurry Meter Manual",
        ("SM-8",),
        ("The pump 2 or lower valve settings are set by Velmora service.",),
    )
    assert scoped_out("what is the lower valve setting on the sm8", [valves]) is not None

"""Socket Mode: the real bolt AsyncSocketModeHandler over a WebSocket to the fake, on 127.0.0.1."""

from __future__ import annotations

from bots.slack import SlackAdapter, SlackConfig
from fakes.slack import APP_TOKEN, BOT_TOKEN, FakeSlack, SlackEvents
from tests.slack_helpers import ADMIN, TECH, Recorder


async def test_events_commands_and_buttons_arrive_over_socket_mode() -> None:
    recorder = Recorder()
    async with FakeSlack() as fake:
        fake.add_user(TECH, "tech")
        config = SlackConfig(bot_token=BOT_TOKEN, app_token=APP_TOKEN, api_url=fake.api_url)
        adapter = SlackAdapter(config, on_message=recorder.on_message, on_action=recorder.on_action)
        events = SlackEvents(url="unused: socket mode", fake=fake)
        await adapter.start_socket_mode()
        try:
            mention = events.app_mention("<@BOT> inverter fault 12", user=TECH, channel="C0PLANT")
            ack = await fake.socket_deliver(mention)
            command_ack = await fake.socket_deliver(events.slash("status", user=ADMIN, channel="D0ADMIN"))
            button = events.block_action("fb:down:r9", user=TECH, channel="C0PLANT", message_ts="5.000001")
            await fake.socket_deliver(button)
            assert not await adapter.drain(10.0)
        finally:
            await adapter.aclose()

    assert "envelope_id" in ack and "envelope_id" in command_ack
    by_text = {m.text: m for m in recorder.messages}  # hand-offs run concurrently: order is not fixed
    assert set(by_text) == {"inverter fault 12", "/status"}
    assert by_text["inverter fault 12"].event_id == mention.event_id
    assert by_text["inverter fault 12"].thread_id == mention.payload()["event"]["ts"]
    assert by_text["/status"].user_id == ADMIN
    assert [a.data for a in recorder.actions] == ["fb:down:r9"]
    assert fake.calls_to("apps.connections.open")[0].token == APP_TOKEN

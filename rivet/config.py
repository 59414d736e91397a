"""Bootstrap configuration: what is needed before the database (and its settings table) is up.

Read from the environment or a .env file with pydantic-settings. Everything else that an admin
may change at run time lives in the settings service (rivet.settings), not here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BootstrapConfig(BaseSettings):
    """Process configuration. Secrets are SecretStr so they never print by accident."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: SecretStr | None = Field(default=None, alias="DATABASE_URL")
    # Needed before the settings table can be read, so they are bootstrap, not run-time, settings.
    db_health_ttl_s: float = Field(default=60.0, gt=0, alias="RIVET_DB_HEALTH_TTL_S")
    db_standby_reads: bool = Field(default=False, alias="RIVET_DB_STANDBY_READS")
    db_ping_idle_s: float = Field(default=10.0, ge=0, alias="RIVET_DB_PING_IDLE_S")
    data_dir: Path = Field(default=Path("var"), alias="RIVET_DATA_DIR")
    log_format: Literal["auto", "json", "text"] = Field(default="auto", alias="RIVET_LOG_FORMAT")
    log_level: str = Field(default="INFO", alias="RIVET_LOG_LEVEL")
    default_tenant: str = Field(default="default", alias="RIVET_TENANT")
    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    slack_bot_token: SecretStr | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    llm_api_key: SecretStr | None = Field(default=None, alias="RIVET_LLM_API_KEY")

    def secrets(self) -> list[str]:
        """Every secret value in this config, for the log redactor."""
        values: list[str] = []
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                raw = value.get_secret_value()
                if raw:
                    values.append(raw)
        return values

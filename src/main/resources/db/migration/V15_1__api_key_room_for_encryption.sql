-- Provider API keys are stored encrypted from now on (base.SecretCipher: "v1:" and the base64 of nonce,
-- ciphertext and tag, about 4/3 of the key plus 40 characters); the plain-text keys of older versions are
-- encrypted at start by llm.internal.settings.PlainKeyEncryption, which needs the secret key only the
-- running app has. Portable SQL (H2 and PostgreSQL).
alter table llm_provider alter column api_key set data type varchar(2000);

-- Webhook signing secrets are now stored sealed with the shop's data key (key id, IV, ciphertext and tag in
-- base64), which is longer than the secret itself. Secrets stored in clear are sealed when the app starts.
ALTER TABLE webhook_endpoint MODIFY secret VARCHAR(500) NOT NULL;

-- Staff roles with fine-grained permissions, login lockout and TOTP two-factor login (docs/admin-staff.md).

-- A role is a named set of permissions. Built-in roles are shipped with the platform; owners add custom ones.
-- The owner role has every permission, including ones that tuning modules declare later (all_permissions).
CREATE TABLE staff_role
(
    code            VARCHAR(30)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    built_in        BOOLEAN      NOT NULL,
    all_permissions BOOLEAN      NOT NULL,
    mfa_required    BOOLEAN      NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE staff_role_permission
(
    role_code  VARCHAR(30) NOT NULL,
    permission VARCHAR(80) NOT NULL,
    PRIMARY KEY (role_code, permission),
    CONSTRAINT fk_staff_role_permission_role FOREIGN KEY (role_code) REFERENCES staff_role (code)
);

INSERT INTO staff_role (code, name, built_in, all_permissions, mfa_required) VALUES ('OWNER', 'Owner', TRUE, TRUE, FALSE);
INSERT INTO staff_role (code, name, built_in, all_permissions, mfa_required) VALUES ('MANAGER', 'Manager', TRUE, FALSE, FALSE);
INSERT INTO staff_role (code, name, built_in, all_permissions, mfa_required) VALUES ('CUSTOMER_SERVICE', 'Customer service', TRUE, FALSE, FALSE);
INSERT INTO staff_role (code, name, built_in, all_permissions, mfa_required) VALUES ('AGENCY_DEVELOPER', 'Agency developer', TRUE, FALSE, FALSE);
INSERT INTO staff_role (code, name, built_in, all_permissions, mfa_required) VALUES ('READ_ONLY', 'Read-only', TRUE, FALSE, FALSE);

INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'catalog:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'catalog:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'members:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'members:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'members:pii-unmask');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'orders:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'orders:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'promotions:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'promotions:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'settings:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'settings:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('MANAGER', 'audit:read');

INSERT INTO staff_role_permission (role_code, permission) VALUES ('CUSTOMER_SERVICE', 'catalog:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('CUSTOMER_SERVICE', 'members:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('CUSTOMER_SERVICE', 'members:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('CUSTOMER_SERVICE', 'members:pii-unmask');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('CUSTOMER_SERVICE', 'orders:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('CUSTOMER_SERVICE', 'orders:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('CUSTOMER_SERVICE', 'promotions:read');

INSERT INTO staff_role_permission (role_code, permission) VALUES ('AGENCY_DEVELOPER', 'catalog:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('AGENCY_DEVELOPER', 'orders:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('AGENCY_DEVELOPER', 'promotions:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('AGENCY_DEVELOPER', 'settings:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('AGENCY_DEVELOPER', 'settings:write');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('AGENCY_DEVELOPER', 'tuning:manage');

INSERT INTO staff_role_permission (role_code, permission) VALUES ('READ_ONLY', 'catalog:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('READ_ONLY', 'members:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('READ_ONLY', 'orders:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('READ_ONLY', 'promotions:read');
INSERT INTO staff_role_permission (role_code, permission) VALUES ('READ_ONLY', 'settings:read');

ALTER TABLE staff_account ADD CONSTRAINT fk_staff_account_role FOREIGN KEY (role) REFERENCES staff_role (code);

-- Lockout: consecutive failed logins (password or second factor) and, once too many, until when logins are refused.
ALTER TABLE staff_account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE staff_account ADD COLUMN locked_until TIMESTAMP(6) NULL;

-- TOTP (RFC 6238): the confirmed secret, a secret shown for enrolment but not yet confirmed with a code, and the last
-- time step used, so a code seen over someone's shoulder cannot be replayed within its 30 seconds.
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(64) NULL;
ALTER TABLE staff_account ADD COLUMN totp_pending_secret VARCHAR(64) NULL;
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT NULL;
ALTER TABLE staff_account ADD COLUMN mfa_enrolled_at TIMESTAMP(6) NULL;

-- One-time recovery codes for a lost phone, stored as SHA-256 hashes (each code carries 50 random bits).
CREATE TABLE staff_recovery_code
(
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    code_hash  CHAR(64)     NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_staff_recovery_code_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
);
CREATE INDEX staff_recovery_code_by_account ON staff_recovery_code (account_id);

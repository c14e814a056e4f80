-- Social login and groupware SSO (issue 4): which account of which provider logs in as which member. The subject
-- is the provider's stable user id (OIDC "sub", Kakao's and Naver's "id"); it is an opaque id, not personal data
-- in clear such as an email, so it is stored as the provider sends it.
CREATE TABLE member_social_link
(
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    provider  VARCHAR(40)  NOT NULL,
    subject   VARCHAR(255) NOT NULL,
    member_id BIGINT       NOT NULL,
    linked_at TIMESTAMP(6) NOT NULL,
    -- How the link came about: VERIFIED_EMAIL, EXPLICIT (from the my-page) or SIGN_UP.
    linked_by VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_social_link UNIQUE (provider, subject),
    -- One account per provider and member: a second Kakao account cannot be linked to the same member.
    CONSTRAINT uk_member_social_link_member UNIQUE (member_id, provider),
    CONSTRAINT fk_member_social_link_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);

-- The benefit tables (V40-V42) referred to members by a plain member_id until member accounts and benefits lived in
-- one schema (issue 4). Every member_id there is an account's id: accounts are never deleted (withdrawal erases the
-- personal data and keeps the row), so these keys never block a withdrawal.
ALTER TABLE member_grade_assignment
    ADD CONSTRAINT fk_member_grade_assignment_member FOREIGN KEY (member_id) REFERENCES member_account (id);
ALTER TABLE member_grade_history
    ADD CONSTRAINT fk_member_grade_history_member FOREIGN KEY (member_id) REFERENCES member_account (id);
ALTER TABLE member_purchase
    ADD CONSTRAINT fk_member_purchase_member FOREIGN KEY (member_id) REFERENCES member_account (id);
ALTER TABLE point_balance
    ADD CONSTRAINT fk_point_balance_member FOREIGN KEY (member_id) REFERENCES member_account (id);
ALTER TABLE point_entry
    ADD CONSTRAINT fk_point_entry_member FOREIGN KEY (member_id) REFERENCES member_account (id);
ALTER TABLE gift_card
    ADD CONSTRAINT fk_gift_card_member FOREIGN KEY (member_id) REFERENCES member_account (id);

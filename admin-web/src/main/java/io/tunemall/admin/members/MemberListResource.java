package io.tunemall.admin.members;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.member.api.MemberPage;
import io.tunemall.member.api.MemberRow;
import java.time.Instant;
import java.util.List;

/**
 * One page of members in the admin API, newest first and masked as the console shows them (홍*동,
 * ab***@example.com, 010-****-5678).
 *
 * @param total how many members match
 * @param page this page, from 0
 */
@Schema(name = "AdminMemberList")
record MemberListResource(List<Row> rows, long total, int page, int size) {

    /** A member in the list; the masked personal data is null once the member withdrew. */
    @Schema(name = "AdminMemberSummary")
    record Row(long memberId, String status, @Schema(types = {"string", "null"}) String maskedName,
            @Schema(types = {"string", "null"}) String maskedEmail,
            @Schema(types = {"string", "null"}) String maskedPhone, Instant joinedAt,
            @Schema(types = {"string", "null"}, format = "date-time") Instant lastLoginAt) {
    }

    static MemberListResource of(MemberPage page) {
        return new MemberListResource(page.rows().stream().map(MemberListResource::row).toList(), page.total(),
                page.page(), page.size());
    }

    private static Row row(MemberRow row) {
        return new Row(row.memberId(), row.status().name(), row.maskedName(), row.maskedEmail(), row.maskedPhone(),
                row.joinedAt(), row.lastLoginAt());
    }
}

package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.platform.error.ShopException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed-in member's address book (up to 20 addresses, one of them the default), through the member module's
 * {@link MyAccount} like the my-page: another member's address id is a 404, the same as one that does not exist.
 */
@RestController
@Tag(name = "Storefront member account")
class StorefrontAddressesApi {

    private static final String ADDRESSES = SignedInMember.ME + "/addresses";
    private static final String ADDRESS = ADDRESSES + "/{id}";
    private static final String INVALID = "Nothing was saved: `errors` names each field and reason (`recipient`,"
            + " `phone`, `postalCode`, `roadAddress`; `address-book-full` for a 21st address)";

    private final SignedInMember member;
    private final MyAccount accounts;
    private final MessageSource messages;

    StorefrontAddressesApi(SignedInMember member, MyAccount accounts, MessageSource messages) {
        this.member = member;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(ADDRESSES)
    @Operation(operationId = "listMyAddresses", summary = "List the member's addresses",
            description = "The default address first, then the others in the order they were added.")
    @ApiResponse(responseCode = "200", description = "The address book")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    MemberAddressJson.ListJson list(HttpServletResponse response) {
        return MemberAddressJson.list(accounts.addresses(member.id(response)));
    }

    @GetMapping(ADDRESS)
    @Operation(operationId = "getMyAddress", summary = "Read one of the member's addresses")
    @ApiResponse(responseCode = "200", description = "The address")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "404", description = "The member has no address with this id")
    MemberAddressJson address(@Parameter(description = "The address's id") @PathVariable long id,
            HttpServletResponse response) {
        return MemberAddressJson.of(own(member.id(response), id));
    }

    @PostMapping(path = ADDRESSES, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addMyAddress", summary = "Add an address",
            description = "The first address becomes the default; with `makeDefault` any new one does.")
    @ApiResponse(responseCode = "201", description = "The address as saved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberAddressJson.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The address's place in this API",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON")
    @ApiResponse(responseCode = "422", description = INVALID)
    ResponseEntity<MemberAddressJson> add(@RequestBody MemberAddressJson.Form form, HttpServletResponse response) {
        long memberId = member.id(response);
        long id = accounts.saveAddress(memberId, null, form.draft());
        URI location = UriComponentsBuilder.fromPath(ADDRESS).buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(MemberAddressJson.of(own(memberId, id)));
    }

    @PutMapping(path = ADDRESS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceMyAddress", summary = "Change an address",
            description = "Replaces every field. `makeDefault: true` makes it the default; false or left out keeps"
                    + " the default where it is.")
    @ApiResponse(responseCode = "200", description = "The address as saved")
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON")
    @ApiResponse(responseCode = "404", description = "The member has no address with this id")
    @ApiResponse(responseCode = "422", description = INVALID)
    MemberAddressJson replace(@Parameter(description = "The address's id") @PathVariable long id,
            @RequestBody MemberAddressJson.Form form, HttpServletResponse response) {
        long memberId = member.id(response);
        accounts.saveAddress(memberId, id, form.draft());
        return MemberAddressJson.of(own(memberId, id));
    }

    @DeleteMapping(ADDRESS)
    @Operation(operationId = "deleteMyAddress", summary = "Delete an address",
            description = "When it was the default, the oldest remaining address becomes the default.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "The member has no address with this id")
    ResponseEntity<Void> delete(@Parameter(description = "The address's id") @PathVariable long id,
            HttpServletResponse response) {
        accounts.deleteAddress(member.id(response), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ADDRESS + "/default")
    @Operation(operationId = "makeMyDefaultAddress", summary = "Make an address the default",
            description = "The address checkout offers first; the previous default stays in the book.")
    @ApiResponse(responseCode = "200", description = "The address book after the change")
    @ApiResponse(responseCode = "404", description = "The member has no address with this id")
    MemberAddressJson.ListJson makeDefault(@Parameter(description = "The address's id") @PathVariable long id,
            HttpServletResponse response) {
        long memberId = member.id(response);
        accounts.makeDefaultAddress(memberId, id);
        return MemberAddressJson.list(accounts.addresses(memberId));
    }

    @ExceptionHandler(MemberRejection.class)
    ResponseEntity<ProblemDetail> rejected(MemberRejection rejected, HttpServletRequest request, Locale locale) {
        return ProblemFields.rejected(rejected, request, messages, locale);
    }

    private ShippingAddress own(long memberId, long id) {
        return accounts.addresses(memberId).stream().filter(address -> address.id() == id).findFirst()
                .orElseThrow(() -> ShopException.notFound("Address " + id));
    }
}

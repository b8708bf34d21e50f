package org.ehcflow.casefile;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request for an EHC needs assessment as it arrives: through {@code POST /api/cases} or the start form in
 * Tasklist. {@code parent} is whoever is told at every step: the parent, or the young person themself. {@code sen2}
 * holds the DfE return's details about the child, all optional here.
 */
public record NewCase(@NotNull @Valid Child child,
                      @NotNull LocalDate requestReceived,
                      @NotNull CaseRecord.Requester requester,
                      @NotNull @Valid Parent parent,
                      @Valid School school,
                      Sen2Details sen2) {

    /** A request with none of the SEN2 return's extra details (they can be added later). */
    public NewCase(Child child, LocalDate requestReceived, CaseRecord.Requester requester, Parent parent, School school) {
        this(child, requestReceived, requester, parent, school, null);
    }

    public record Child(@NotBlank @Size(max = 100) String givenName,
                        @NotBlank @Size(max = 100) String familyName,
                        @NotNull LocalDate dateOfBirth,
                        @Pattern(regexp = "[A-Z][0-9]{11}[0-9A-Z]", message = "must be a 13-character unique pupil number")
                        String upn) {
    }

    public record Parent(@NotBlank @Size(max = 200) String name,
                         @Email @Size(max = 320) String email,
                         @Size(max = 40) String phone) {
    }

    public record School(@NotBlank @Size(max = 200) String name,
                         @Pattern(regexp = "[0-9]{6,7}", message = "must be a 6- or 7-digit URN") String urn,
                         @Email @Size(max = 320) String email) {
    }
}

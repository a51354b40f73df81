package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The envelope of every message between partners.
 *
 * @param berichtId unique id of this message (UUID)
 * @param correlatieId the id of the message this one answers, if any
 * @param afzender the sender
 * @param ontvanger the receiver
 * @param berichttype what the message carries
 * @param schemaversie the semantic version of the schema the message follows, such as {@code 1.0.0}
 * @param tijdstip when the message was made, with offset
 * @param doelbinding the purpose the data may be used for
 * @param grondslag the legal ground for the exchange, such as {@code art. 35 lid 1 Wi}
 * @param status first delivery, a change, or a withdrawal
 */
public record EnvelopV1(
    @JsonProperty(value = "berichtId", required = true) UUID berichtId,
    @JsonProperty("correlatieId") UUID correlatieId,
    @JsonProperty(value = "afzender", required = true) PartijV1 afzender,
    @JsonProperty(value = "ontvanger", required = true) PartijV1 ontvanger,
    @JsonProperty(value = "berichttype", required = true) @Codes(Berichttype.class) String berichttype,
    @JsonProperty(value = "schemaversie", required = true)
        @Patroon("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$") String schemaversie,
    @JsonProperty(value = "tijdstip", required = true) OffsetDateTime tijdstip,
    @JsonProperty(value = "doelbinding", required = true) @Codes(Doelbinding.class) String doelbinding,
    @JsonProperty(value = "grondslag", required = true) String grondslag,
    @JsonProperty(value = "status", required = true) @Codes(Berichtstatus.class) String status) {}

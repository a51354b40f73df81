package io.github.inburgering.json;

import io.github.inburgering.core.model.PartnerRol;
import io.github.inburgering.json.v1.Berichttype;
import io.github.inburgering.json.v1.DossierV1;
import io.github.inburgering.json.v1.EnvelopV1;
import io.github.inburgering.json.v1.PartnerBerichtV1;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each partner role may receive of a dossier (AVG data minimisation, art. 5(1)(c)), following
 * the matrix of the shared research "partners en uitwisseling" §7.3.
 *
 * <p>A view is the dossier's JSON with every property outside the role's allowed set removed. Where
 * the role has no legal ground for the BSN, the view carries a pseudonymous key instead: an
 * HMAC-SHA256 of the BSN under a secret the gemeente keeps per partner, so that the partner can
 * recognise the same person again without learning the BSN.
 *
 * <p>Allowed sets are JSON Pointer patterns in which {@code *} stands for any array index. Health
 * data ({@code /bredeIntake/persoonlijkeOmstandigheden/gezondheid}) goes only to the gemeente.
 */
public final class Partnerview {
  /** The pointer of the pseudonymous key in a view. */
  public static final String PSEUDONIEM = "/inburgeraar/pseudoniem";

  private static final List<String> PIP_KERN = List.of(
      "/pip/versies/*/dagtekening", "/pip/versies/*/gemeente", "/pip/versies/*/leerroute",
      "/pip/versies/*/niveau", "/pip/versies/*/a2Onderdelen", "/pip/versies/*/redenWijziging");

  private static final Map<PartnerRol, Set<String>> MATRIX = Map.of(
      PartnerRol.GEMEENTE, Set.of("/**"),
      PartnerRol.DUO, set(List.of("/inburgeraar/**", "/plicht/**", "/vrijstellingen/**", "/ontheffingen/**",
          "/bredeIntake/startdatum", "/bredeIntake/afgerond", "/bredeIntake/leerbaarheidstoets/**",
          "/pip/versies/*/dagtekening", "/pip/versies/*/gemeente", "/pip/versies/*/leerroute",
          "/pip/versies/*/niveau", "/pip/versies/*/a2Onderdelen", "/pip/versies/*/geschatteIntensiteitB1Route",
          "/pip/versies/*/indicatorMagOpleidingAfmaken", "/pip/versies/*/alfabetiseringsonderwijs",
          "/pip/versies/*/pvtUren", "/pip/versies/*/map/**", "/pip/versies/*/voortgangsgesprekken",
          "/pip/versies/*/zrouteExamens", "/pip/versies/*/redenWijziging", "/termijn/**", "/verlengingen/**",
          "/verhuizingen/**", "/uren/**", "/examens/**", "/pvt/**", "/map/**", "/zrouteAfgerond", "/lening/**",
          "/contactpersoon/**")),
      PartnerRol.TAALAANBIEDER, taalaanbieder(),
      PartnerRol.TAALSCHAKELINSTELLING, taalaanbieder(),
      PartnerRol.BIBLIOTHEEK, nonFormeel(),
      PartnerRol.TAALHUIS, nonFormeel(),
      PartnerRol.VLUCHTELINGENWERK, set(List.of("/inburgeraar/naam/**", "/inburgeraar/doelgroep",
          "/inburgeraar/gemeente", "/inburgeraar/vestigingsdatum", "/pip/versies/*/dagtekening",
          "/pip/versies/*/leerroute", "/pip/versies/*/niveau", "/pip/versies/*/maatschappelijkeBegeleiding",
          "/pip/versies/*/ontzorgen/**", "/contactpersoon/**")),
      PartnerRol.COA, set(List.of("/inburgeraar/bsn", "/inburgeraar/vNummer", "/inburgeraar/naam/**",
          "/inburgeraar/doelgroep", "/inburgeraar/gemeente", "/contactpersoon/**")),
      PartnerRol.WERKGEVER, set(List.of("/inburgeraar/naam/voornamen", "/pip/versies/*/map/**",
          "/uren/map", "/uren/participatie")),
      PartnerRol.WELZIJN, set(List.of("/inburgeraar/naam/voornamen", "/pip/versies/*/maatschappelijkeBegeleiding",
          "/contactpersoon/**")));

  private static Set<String> taalaanbieder() {
    List<String> l = new ArrayList<>(List.of("/inburgeraar/bsn", "/inburgeraar/naam/**", "/inburgeraar/doelgroep",
        "/inburgeraar/gemeente", "/bredeIntake/leerbaarheidstoets/soort", "/bredeIntake/leerbaarheidstoets/uitkomst",
        "/pip/versies/*/geschatteIntensiteitB1Route", "/pip/versies/*/alfabetiseringsonderwijs",
        "/pip/versies/*/leerdoelen/**", "/pip/versies/*/zrouteExamens", "/uren/nt2", "/uren/knm",
        "/examens/**", "/contactpersoon/**"));
    l.addAll(PIP_KERN);
    return set(l);
  }

  private static Set<String> nonFormeel() {
    return set(List.of("/inburgeraar/naam/voornamen", "/pip/versies/*/leerroute", "/pip/versies/*/niveau",
        "/pip/versies/*/leerdoelen/**"));
  }

  private static Set<String> set(List<String> l) {
    return Set.copyOf(new LinkedHashSet<>(l));
  }

  private Partnerview() {}

  /** Returns the allowed pointer patterns of {@code rol}. */
  public static Set<String> toegestaan(PartnerRol rol) {
    return MATRIX.get(Objects.requireNonNull(rol, "rol"));
  }

  /** Returns whether {@code rol} may receive the BSN. */
  public static boolean magBsn(PartnerRol rol) {
    return isToegestaan(rol, "/inburgeraar/bsn");
  }

  /**
   * Returns whether the concrete pointer {@code pointer} is allowed for {@code rol}: it, or a property
   * that contains it, matches an allowed pattern (an allowed property is sent with its content).
   */
  public static boolean isToegestaan(PartnerRol rol, String pointer) {
    if (!magBsn0(rol) && pointer.equals(PSEUDONIEM)) {
      return true;
    }
    String p = pointer;
    while (!p.isEmpty()) {
      for (String patroon : toegestaan(rol)) {
        if (past(patroon, p)) {
          return true;
        }
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return false;
  }

  private static boolean magBsn0(PartnerRol rol) {
    for (String patroon : toegestaan(rol)) {
      if (past(patroon, "/inburgeraar/bsn")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pattern ({@code *} one token, trailing {@code /**} any descendants) matches a pointer. */
  static boolean past(String patroon, String pointer) {
    String[] p = patroon.split("/", -1);
    String[] t = pointer.split("/", -1);
    for (int i = 1; i < p.length; i++) {
      if (p[i].equals("**")) {
        return t.length >= i;
      }
      if (i >= t.length) {
        return false;
      }
      if (!p[i].equals("*") && !p[i].equals(t[i])) {
        return false;
      }
    }
    return p.length == t.length;
  }

  /** Whether {@code pointer} lies on the way to something the pattern allows. */
  static boolean voorouder(String patroon, String pointer) {
    String[] p = patroon.split("/", -1);
    String[] t = pointer.split("/", -1);
    for (int i = 1; i < t.length; i++) {
      if (i >= p.length) {
        return false;
      }
      if (p[i].equals("**")) {
        return true;
      }
      if (!p[i].equals("*") && !p[i].equals(t[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the view of {@code dossier} for {@code rol}.
   *
   * @param sleutel the secret for the pseudonymous key of this partner, at least 32 bytes; used only
   *     when the role may not receive the BSN
   */
  public static ObjectNode view(DossierV1 dossier, PartnerRol rol, byte[] sleutel) {
    Objects.requireNonNull(dossier, "dossier");
    ObjectNode boom = InburgeringJson.mapper().valueToTree(dossier);
    filter(boom, "", rol);
    if (!magBsn(rol)) {
      Objects.requireNonNull(sleutel, "sleutel");
      if (sleutel.length < 32) {
        throw new IllegalArgumentException("the pseudonym key needs at least 32 bytes");
      }
      ObjectNode inb = boom.has("inburgeraar") ? (ObjectNode) boom.get("inburgeraar") : boom.putObject("inburgeraar");
      inb.put("pseudoniem", pseudoniem(dossier.inburgeraar().bsn(), sleutel));
    }
    return boom;
  }

  /**
   * Returns a message carrying the view of {@code dossier} for the receiver of {@code envelop}: the
   * receiver's role decides what the view holds.
   *
   * @throws IllegalArgumentException if the envelope's receiver has no known role or the message is
   *     not of type {@code DOSSIERVIEW}
   */
  public static PartnerBerichtV1 bericht(EnvelopV1 envelop, DossierV1 dossier, byte[] sleutel) {
    Objects.requireNonNull(envelop, "envelop");
    if (!Berichttype.DOSSIERVIEW.code().equals(envelop.berichttype())) {
      throw new IllegalArgumentException("a view travels in a message of type DOSSIERVIEW");
    }
    PartnerRol rol = java.util.Arrays.stream(PartnerRol.values())
        .filter(r -> r.code().equals(envelop.ontvanger().rol())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the receiver has no known role"));
    return new PartnerBerichtV1(envelop, view(dossier, rol, sleutel));
  }

  /** Returns the pseudonymous key of a BSN under {@code sleutel}: 64 hex digits of HMAC-SHA256. */
  public static String pseudoniem(String bsn, byte[] sleutel) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  private static boolean behouden(PartnerRol rol, String pointer) {
    for (String patroon : toegestaan(rol)) {
      if (past(patroon, pointer) || voorouder(patroon, pointer)) {
        return true;
      }
    }
    return false;
  }

  private static void filter(JsonNode node, String pad, PartnerRol rol) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator();
      List<String> weg = new ArrayList<>();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = pad + "/" + e.getKey();
        if (!behouden(rol, p)) {
          weg.add(e.getKey());
        } else {
          filter(e.getValue(), p, rol);
          if (e.getValue().isContainer() && e.getValue().isEmpty() && !isToegestaan(rol, p)) {
            weg.add(e.getKey());
          }
        }
      }
      weg.forEach(o::remove);
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        filter(a.get(i), pad + "/" + i, rol);
      }
    }
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Which columns are personal data: one judgement for every path that writes.
#include "core/quality/personal_data.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "core/common/parallel.h"

namespace segmenta {

namespace {

// ---- header ----------------------------------------------------------------

// The header's words in lower case: "customerEmail" → customer, email; "E-Mail" → e, mail.
std::vector<std::string> headerWords(std::string_view name) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] { if (!current.empty()) words.push_back(std::move(current)); current.clear(); };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool upper = c >= 'A' && c <= 'Z';
        const bool lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
        if (upper) {
            const bool prevLower = i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z';
            if (prevLower) flush();
            current.push_back(char(c + 32));
        } else if (lower) current.push_back(c);
        else flush();
    }
    flush();
    return words;
}

bool anyWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> wanted) {
    for (const auto& w : words)
        for (auto x : wanted)
            if (w == x) return true;
    return false;
}

bool joinedHas(const std::string& joined, std::initializer_list<std::string_view> parts) {
    for (auto p : parts)
        if (joined.find(p) != std::string::npos) return true;
    return false;
}

// What the header alone says. `bareName`: the header is just "name" (or "nom",
// "nombre"): a product, a city or a person, so the values must decide.
PiiKind kindByHeader(std::string_view header, bool& bareName) {
    const auto words = headerWords(header);
    std::string joined;
    for (const auto& w : words) joined += w;
    bareName = words.size() == 1 && anyWord(words, {"name", "nom", "nombre", "navn", "naam"});
    if (anyWord(words, {"email", "mail", "emails"}) || joinedHas(joined, {"emailaddress", "e-mail"}))
        return PiiKind::Email;
    if (anyWord(words, {"ip", "ipv4", "ipv6", "ipaddress", "ipaddr"})) return PiiKind::IpAddress;
    if (anyWord(words, {"phone", "telephone", "mobile", "tel", "telefon", "telefonnummer", "handy", "fax", "msisdn",
                        "cellphone", "phonenumber", "mobilephone"}) ||
        joinedHas(joined, {"phonenumber", "mobilenumber"}))
        return PiiKind::Phone;
    if (joinedHas(joined, {"creditcard", "cardnumber", "ccnumber", "kreditkarte", "cardno"})) return PiiKind::Card;
    if (anyWord(words, {"iban", "ssn", "passport", "bic"}) ||
        joinedHas(joined, {"socialsecurity", "passportnumber", "nationalid", "taxid", "steuerid", "personalausweis"}))
        return PiiKind::PersonalId;
    if (joinedHas(joined, {"firstname", "lastname", "fullname", "givenname", "familyname", "surname", "forename",
                           "vorname", "nachname", "prenom", "prénom", "customername", "contactname", "clientname",
                           "personname", "kundenname", "middlename", "maidenname", "apellido", "cognome"}))
        return PiiKind::PersonName;
    // A postcode alone names a region, not a person: it stays an ordinary column.
    if (anyWord(words, {"street", "address", "addr", "adresse", "anschrift", "strasse", "straße", "direccion",
                        "dirección", "indirizzo", "endereco", "endereço"}) ||
        joinedHas(joined, {"streetaddress", "addressline", "housenumber", "hausnummer"}))
        return PiiKind::StreetAddress;
    return PiiKind::None;
}

// ---- values ----------------------------------------------------------------

struct Verdict {
    PiiKind whole = PiiKind::None;    // the whole value is an e-mail, phone, …
    PiiKind inside = PiiKind::None;   // found inside a longer text
    NameLikeness name = NameLikeness::None;
    bool severalWords = false;
};

Verdict judge(std::string_view v) {
    Verdict r;
    r.whole = classifyPii(v);
    if (r.whole != PiiKind::None) return r;
    r.name = nameLikeness(v);
    if (r.name != NameLikeness::None) {
        r.severalWords = v.find(' ') != std::string_view::npos;
        return r;
    }
    r.inside = findPiiInText(v);
    return r;
}

struct Tally {
    std::array<std::size_t, 9> whole{};   // by PiiKind
    std::size_t anyPersonal = 0, shape = 0, known = 0, severalWords = 0, checked = 0;

    void add(const Verdict& v) {
        ++checked;
        whole[std::size_t(v.whole)] += v.whole != PiiKind::None;
        anyPersonal += v.whole != PiiKind::None || v.inside != PiiKind::None;
        shape += v.name != NameLikeness::None;
        known += v.name == NameLikeness::Known;
        severalWords += v.severalWords;
    }
};

// Rows spread evenly over the column, so a file sorted by some key is sampled fairly.
template <typename Visit>
void sampleRows(const Column& c, std::size_t sample, Visit&& visit) {
    const std::size_t n = c.size();
    if (n == 0 || sample == 0) return;
    const std::size_t step = std::max<std::size_t>(1, n / sample);
    std::size_t taken = 0;
    for (std::size_t i = 0; i < n && taken < sample; i += step) {
        if (c.missing[i]) continue;
        visit(i);
        ++taken;
    }
}

Tally tallyStrings(const Column& c, std::size_t sample) {
    Tally t;
    if (c.type == ColumnType::Category) {
        // Each level judged once, counted as often as the sample meets it.
        std::vector<Verdict> verdicts(c.levels.size());
        std::vector<char> judged(c.levels.size(), 0);
        sampleRows(c, sample, [&](std::size_t i) {
            const auto code = c.codes[i];
            if (code < 0) return;
            const auto l = std::size_t(code);
            if (!judged[l]) { verdicts[l] = judge(c.levels[l]); judged[l] = 1; }
            t.add(verdicts[l]);
        });
    } else {
        sampleRows(c, sample, [&](std::size_t i) { t.add(judge(c.strings[i])); });
    }
    return t;
}

// Card numbers stored as whole numbers: 13 to 16 digits fit a double exactly.
bool integerLooksLikeCard(double v) {
    if (!(v >= 1e12 && v < 9007199254740992.0) || v != std::floor(v)) return false;
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::int64_t(v));
    return looksLikeCard(std::string_view(buf, std::size_t(r.ptr - buf)));
}

PersonalData fromValues(const Tally& t, const PersonalDataOptions& o, bool bareName) {
    PersonalData p;
    if (t.checked == 0) return p;
    const double n = double(t.checked);
    std::size_t best = 0, wholeTotal = 0;
    for (std::size_t k = 1; k < t.whole.size(); ++k) {
        wholeTotal += t.whole[k];
        if (t.whole[k] > t.whole[best]) best = k;
    }
    // One kind, or a mix ("contact": e-mails and phones): named after the most frequent.
    if (best != 0 && double(wholeTotal) >= o.share * n) {
        p.kind = PiiKind(best);
        p.share = double(wholeTotal) / n;
        return p;
    }
    // Names: nearly all values shaped like names, and enough of them common names;
    // fewer suffice when most are two or more words ("Anna Schmidt", not "Berlin").
    const double shape = double(t.shape) / n, known = double(t.known) / n, several = double(t.severalWords) / n;
    if (shape >= 0.8 && (known >= 0.3 || (several >= 0.6 && known >= 0.1) || (bareName && known > 0))) {
        p.kind = PiiKind::PersonName;
        p.share = shape;
        return p;
    }
    const double inside = double(t.anyPersonal) / n;
    if (t.anyPersonal > 0 && inside >= o.textShare) {
        p.kind = PiiKind::FreeText;
        p.share = inside;
    }
    return p;
}

} // namespace

PersonalData personalDataOf(const Column& c, const PersonalDataOptions& o) {
    bool bareName = false;
    const PiiKind header = kindByHeader(c.name, bareName);
    const bool strings = c.type == ColumnType::Category || isStringLike(c.type);
    PersonalData p;
    if (strings) {
        p = fromValues(tallyStrings(c, o.sample), o, bareName);
    } else if (c.type == ColumnType::Integer) {
        std::size_t cards = 0, checked = 0;
        sampleRows(c, o.sample, [&](std::size_t i) { ++checked; cards += integerLooksLikeCard(c.numbers[i]); });
        if (checked > 0 && double(cards) >= o.share * double(checked)) {
            p.kind = PiiKind::Card;
            p.share = double(cards) / double(checked);
        }
    }
    if (p.personal()) return p;
    // The header decides where the values did not: text and categories, and whole
    // numbers that can only be personal (a phone stored as a number, an IBAN).
    const bool numberKind = header == PiiKind::Phone || header == PiiKind::Card || header == PiiKind::PersonalId;
    if (header != PiiKind::None && (strings || (c.type == ColumnType::Integer && numberKind))) {
        p.kind = header;
        p.byHeader = true;
    }
    return p;
}

std::string describePiiKind(PiiKind kind) {
    switch (kind) {
    case PiiKind::Email: return "e-mail addresses";
    case PiiKind::Phone: return "phone numbers";
    case PiiKind::Card: return "payment card numbers";
    case PiiKind::IpAddress: return "IP addresses";
    case PiiKind::PersonName: return "person names";
    case PiiKind::StreetAddress: return "street addresses";
    case PiiKind::FreeText: return "text with personal data in it";
    case PiiKind::PersonalId: return "personal identity or account numbers";
    case PiiKind::None: break;
    }
    return "";
}

const char* toString(WithholdReason reason) noexcept {
    switch (reason) {
    case WithholdReason::PersonalData: return "personal_data";
    case WithholdReason::Identifier: return "identifier";
    case WithholdReason::Text: return "text";
    }
    return "";
}

std::vector<WithheldColumn> withheldColumns(const Table& table, const std::vector<std::string>& keep) {
    const std::size_t n = table.columnCount();
    std::vector<PersonalData> found(n);
    parallelForEach(n, [&](std::size_t i) {
        const Column& c = table.columns[i];
        if (std::find(keep.begin(), keep.end(), c.name) == keep.end()) found[i] = personalDataOf(c);
    });
    std::vector<WithheldColumn> out;
    for (std::size_t i = 0; i < n; ++i) {
        const Column& c = table.columns[i];
        WithheldColumn w;
        w.column = c.name;
        if (found[i].personal()) { w.reason = WithholdReason::PersonalData; w.personal = found[i]; }
        else if (c.role == ColumnRole::Identifier || c.type == ColumnType::Identifier) w.reason = WithholdReason::Identifier;
        else if (c.type == ColumnType::Text) w.reason = WithholdReason::Text;
        else continue;
        out.push_back(std::move(w));
    }
    return out;
}

std::vector<std::string> withheldNames(const std::vector<WithheldColumn>& withheld, WithholdReason reason) {
    std::vector<std::string> out;
    for (const auto& w : withheld)
        if (w.reason == reason) out.push_back(w.column);
    return out;
}

} // namespace segmenta

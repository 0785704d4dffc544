using System.Collections.Immutable;
using System.Text.Json.Nodes;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

// Each object's reader dispatches on its properties one line a property, as the table above it lists them.
#pragma warning disable IDE0011

/// <summary>A source in the document: its table, and how it is read and written.</summary>
internal static class SourceJson
{
    private static readonly JsonPropertyFormat<Source, string?> Id = new("id", JsonValueFormat.Id, s => s.Id, required: true);
    private static readonly JsonPropertyFormat<Source, string?> Title = new("title", JsonValueFormat.Text, s => s.Title, required: true);
    private static readonly JsonPropertyFormat<Source, EvidenceKind?> EvidenceKind = new("evidenceKind", JsonValueFormat.Term<EvidenceKind>(), s => s.EvidenceKind, required: true);
    private static readonly JsonPropertyFormat<Source, string?> Publisher = new("publisher", JsonValueFormat.Text, s => s.Publisher);
    private static readonly JsonPropertyFormat<Source, ImmutableArray<string>> Authors = new("authors", JsonValueFormat.List(JsonValueFormat.Text), s => s.Authors);
    private static readonly JsonPropertyFormat<Source, PartialDate?> PublicationDate = new("publicationDate", JsonValueFormat.PartialDate, s => s.PublicationDate);
    private static readonly JsonPropertyFormat<Source, SourceLocator?> Locator = new("locator", JsonValueFormat.Object(LocatorJson.Format), s => s.Locator);
    private static readonly JsonPropertyFormat<Source, ImmutableArray<Claim>> Claims = new("claims", JsonValueFormat.List(JsonValueFormat.Object(TermReferenceJson.ClaimFormat)), s => s.Claims);
    private static readonly JsonPropertyFormat<Source, string?> Notes = new("notes", JsonValueFormat.Text, s => s.Notes);

    internal static readonly JsonObjectFormat<Source> Format = new("a source", Id, Title, EvidenceKind, Publisher, Authors, PublicationDate, Locator, Claims, Notes);

    internal static Source? Read(ref DocumentReader r) => Read(ref r, out _);

    /// <summary>Reads a source, and its id even when the source itself fails, so citations of it are not reported as unknown.</summary>
    internal static Source? Read(ref DocumentReader r, out string? id)
    {
        id = null;
        if (!r.StartObject(Format, out var o)) return null;

        string? title = null, publisher = null, notes = null;
        EvidenceKind? evidenceKind = null;
        ImmutableArray<string>? authors = null;
        PartialDate? publicationDate = null;
        SourceLocator? locator = null;
        ImmutableArray<Claim>? claims = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Id) id = r.ReadString();
            else if (p == Title) title = r.ReadString();
            else if (p == EvidenceKind) evidenceKind = r.ReadTerm<EvidenceKind>();
            else if (p == Publisher) publisher = r.ReadString();
            else if (p == Authors) authors = r.ReadStrings();
            else if (p == PublicationDate) publicationDate = r.ReadPartialDate();
            else if (p == Locator) locator = LocatorJson.Read(ref r);
            else if (p == Claims) claims = r.ReadList(TermReferenceJson.ReadClaim);
            else if (p == Notes) notes = r.ReadString();
        }

        return id is null || title is null || evidenceKind is null
            ? null
            : r.Built(Source.Create(r.Building(ref o), id, title, evidenceKind, publisher, authors, publicationDate, locator, claims, notes));
    }
}

/// <summary>A source's locator: a URL or a DOI.</summary>
internal static class LocatorJson
{
    // In the order of SourceLocatorKind.
    private static readonly JsonChoiceFormat Kinds = new("a locator kind", "url", "doi");

    private static readonly JsonPropertyFormat<SourceLocator, int?> Kind = new("kind", Kinds, l => (int)l.Kind, required: true);
    private static readonly JsonPropertyFormat<SourceLocator, string?> Value = new("value", JsonValueFormat.Text, l => l.Value, required: true);

    internal static readonly JsonObjectFormat<SourceLocator> Format = new("a locator", Kind, Value);

    internal static SourceLocator? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        int? kind = null;
        string? value = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Kind) kind = r.ReadChoice(Kinds);
            else if (p == Value) value = r.ReadString();
        }

        return kind is null || value is null ? null : r.Built(SourceLocator.Create(r.Building(ref o), (SourceLocatorKind)kind, value));
    }
}

/// <summary>
/// The two objects that name a term by its vocabulary and code: a source's claim, and a study's evidence for one of
/// its values.
/// </summary>
internal static class TermReferenceJson
{
    private static readonly JsonPropertyFormat<Claim, string?> ClaimVocabulary = new(
        "vocabulary", JsonValueFormat.VocabularyName(), c => c.Term.VocabularyName, required: true, "The name of the vocabulary of the term claimed.");

    private static readonly JsonPropertyFormat<Claim, string?> ClaimCode = new(
        "code", JsonValueFormat.AnyTerm(), c => c.Term.Code, required: true, "The code of the term claimed, a code of the vocabulary named.");

    private static readonly JsonPropertyFormat<Claim, string?> ClaimQuote = new("quote", JsonValueFormat.Text, c => c.Quote, required: true);

    private static readonly JsonPropertyFormat<TermEvidence, string?> EvidenceVocabulary = new(
        "vocabulary", JsonValueFormat.VocabularyName(), e => e.Term.VocabularyName, required: true, "The name of the vocabulary of the term the evidence supports.");

    private static readonly JsonPropertyFormat<TermEvidence, string?> EvidenceCode = new(
        "code", JsonValueFormat.AnyTerm(), e => e.Term.Code, required: true, "The code of the term the evidence supports, a code of the vocabulary named.");

    private static readonly JsonPropertyFormat<TermEvidence, string?> Field = new("field", JsonValueFormat.Text, e => e.Field, required: true);
    private static readonly JsonPropertyFormat<TermEvidence, string?> EvidenceQuote = new("quote", JsonValueFormat.Text, e => e.Quote, required: true);
    private static readonly JsonPropertyFormat<TermEvidence, string?> SourceId = new("sourceId", JsonValueFormat.Id, e => e.SourceId, required: true);

    internal static readonly JsonObjectFormat<Claim> ClaimFormat = new("a claim", ClaimVocabulary, ClaimCode, ClaimQuote)
    {
        RefineSchema = static schema => schema["allOf"] = CodeOfNamedVocabulary(),
    };

    internal static readonly JsonObjectFormat<TermEvidence> EvidenceFormat = new("an evidence", EvidenceVocabulary, EvidenceCode, Field, EvidenceQuote, SourceId)
    {
        RefineSchema = static schema => schema["allOf"] = CodeOfNamedVocabulary(),
    };

    internal static Claim? ReadClaim(ref DocumentReader r)
    {
        if (!r.StartObject(ClaimFormat, out var o)) return null;

        string? vocabulary = null, code = null, quote = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == ClaimVocabulary) vocabulary = r.ReadString();
            else if (p == ClaimCode) code = r.ReadString();
            else if (p == ClaimQuote) quote = r.ReadString();
        }

        return vocabulary is null || code is null || quote is null
            || r.FindTerm(vocabulary, code, ClaimVocabulary.Name, ClaimCode.Name) is not { } term
            ? null
            : r.Built(Claim.Create(r.Building(ref o), term, quote));
    }

    internal static TermEvidence? ReadEvidence(ref DocumentReader r)
    {
        if (!r.StartObject(EvidenceFormat, out var o)) return null;

        string? vocabulary = null, code = null, field = null, quote = null, sourceId = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == EvidenceVocabulary) vocabulary = r.ReadString();
            else if (p == EvidenceCode) code = r.ReadString();
            else if (p == Field) field = r.ReadString();
            else if (p == EvidenceQuote) quote = r.ReadString();
            else if (p == SourceId) sourceId = r.ReadString();
        }

        return vocabulary is null || code is null || field is null || quote is null || sourceId is null
            || r.FindTerm(vocabulary, code, EvidenceVocabulary.Name, EvidenceCode.Name) is not { } term
            ? null
            : r.Built(TermEvidence.Create(r.Building(ref o), term, field, quote, sourceId));
    }



    /// <summary>
    /// The schema's rule that the code is one of the vocabulary named: one <c>if</c>/<c>then</c> per vocabulary, added to
    /// a claim's and an evidence's schemas.
    /// </summary>
    private static JsonArray CodeOfNamedVocabulary() =>
    [
        .. Vocabularies.All.Select(vocabulary => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["vocabulary"] = new JsonObject { ["const"] = vocabulary.Name } } },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["code"] = new JsonObject { ["$ref"] = $"#/$defs/{vocabulary.Name}" } } },
        }),
    ];
}

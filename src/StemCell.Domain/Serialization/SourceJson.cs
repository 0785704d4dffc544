using System.Collections.Immutable;
using System.Text.Json.Nodes;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

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

    internal static readonly JsonObjectFormat<Source> Format = new(
        "a source",
        static (ref _, problems, v) => Source.Create(
            problems, v.Get(Id)!, v.Get(Title)!, v.Get(EvidenceKind)!, v.Get(Publisher), v.List(Authors), v.Get(PublicationDate), v.Get(Locator),
            v.List(Claims), v.Get(Notes)),
        Id, Title, EvidenceKind, Publisher, Authors, PublicationDate, Locator, Claims, Notes);

    /// <summary>Reads a source, and its id even when the source itself fails, so citations of it are not reported as unknown.</summary>
    internal static Source? Read(ref DocumentReader reader, out string? id)
    {
        var source = Format.Read(ref reader, Id, out var kept);
        id = (string?)kept;
        return source;
    }
}

/// <summary>A source's locator: a URL or a DOI.</summary>
internal static class LocatorJson
{
    // In the order of SourceLocatorKind.
    private static readonly JsonChoiceFormat Kinds = new("a locator kind", "url", "doi");

    private static readonly JsonPropertyFormat<SourceLocator, int?> Kind = new("kind", Kinds, l => (int)l.Kind, required: true);
    private static readonly JsonPropertyFormat<SourceLocator, string?> Value = new("value", JsonValueFormat.Text, l => l.Value, required: true);

    internal static readonly JsonObjectFormat<SourceLocator> Format = new(
        "a locator", static (ref _, problems, v) => SourceLocator.Create(problems, (SourceLocatorKind)v.Get(Kind)!, v.Get(Value)!), Kind, Value);
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

    internal static readonly JsonObjectFormat<Claim> ClaimFormat = new(
        "a claim",
        static (ref reader, problems, v) => reader.FindTerm(v.Get(ClaimVocabulary)!, v.Get(ClaimCode)!, ClaimVocabulary.Name, ClaimCode.Name) is { } term
            ? Claim.Create(problems, term, v.Get(ClaimQuote)!)
            : null,
        ClaimVocabulary, ClaimCode, ClaimQuote)
    {
        RefineSchema = static schema => schema["allOf"] = CodeOfNamedVocabulary(),
    };

    internal static readonly JsonObjectFormat<TermEvidence> EvidenceFormat = new(
        "an evidence",
        static (ref reader, problems, v) => reader.FindTerm(v.Get(EvidenceVocabulary)!, v.Get(EvidenceCode)!, EvidenceVocabulary.Name, EvidenceCode.Name) is { } term
            ? TermEvidence.Create(problems, term, v.Get(Field)!, v.Get(EvidenceQuote)!, v.Get(SourceId)!)
            : null,
        EvidenceVocabulary, EvidenceCode, Field, EvidenceQuote, SourceId)
    {
        RefineSchema = static schema => schema["allOf"] = CodeOfNamedVocabulary(),
    };

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

using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>What kind of source a piece of evidence comes from.</summary>
[JsonConverter(typeof(Serialization.EvidenceKindJsonConverter))]
public sealed class EvidenceKind : VocabularyTerm<EvidenceKind>, IVocabulary<EvidenceKind>
{
    /// <summary>A secondary report, such as a review article or news piece that summarises others' results.</summary>
    public static readonly EvidenceKind SecondaryReport = new(
        "secondary-report", 1, "Secondary report",
        "A report that summarises results published or announced elsewhere, such as a review, overview article or news piece, without the primary data.",
        ["secondary source", "review"]);

    /// <summary>A press release.</summary>
    public static readonly EvidenceKind PressRelease = new(
        "press-release", 2, "Press release",
        "An announcement by a sponsor, company or institution, not peer reviewed.",
        ["company announcement"]);

    /// <summary>A conference abstract.</summary>
    public static readonly EvidenceKind ConferenceAbstract = new(
        "conference-abstract", 3, "Conference abstract",
        "A short summary of results presented at a scientific meeting, with limited review and detail.",
        ["abstract", "poster"]);

    /// <summary>A peer-reviewed publication.</summary>
    public static readonly EvidenceKind PeerReviewedPublication = new(
        "peer-reviewed-publication", 4, "Peer-reviewed publication",
        "A full report of a study published in a journal after independent peer review.",
        ["journal article", "publication"]);

    /// <summary>A trial registry record.</summary>
    public static readonly EvidenceKind RegistryRecord = new(
        "registry-record", 5, "Registry record",
        "A record in a trial registry such as ClinicalTrials.gov, with the protocol and, sometimes, posted results.",
        ["registry entry", "ClinicalTrials.gov record"]);

    private EvidenceKind(string code, int value, string displayName, string definition, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<EvidenceKind> All { get; } = [SecondaryReport, PressRelease, ConferenceAbstract, PeerReviewedPublication, RegistryRecord];

    /// <inheritdoc />
    public static string VocabularyName => "evidence-kind";
}

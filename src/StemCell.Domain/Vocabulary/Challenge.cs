using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>An open challenge that stands between stem cell therapy and mainstream treatment.</summary>
/// <remarks>
/// The first three terms are the challenges the seed article names; the others are widely recognised in the
/// field. Empty <see cref="AffectedRoutes"/> or <see cref="AffectedCellTypes"/> mean the challenge is not
/// specific to any route or cell type.
/// </remarks>
[JsonConverter(typeof(Serialization.ChallengeJsonConverter))]
public sealed class Challenge : VocabularyTerm<Challenge>, IVocabulary<Challenge>
{
    /// <summary>Finding efficient, less risky ways to deliver cells to the central nervous system.</summary>
    public static readonly Challenge OptimizingCellDelivery = new(
        "optimizing-cell-delivery", 1, "Optimizing cell delivery",
        "Researchers are still refining how best to deliver stem cells to the central nervous system.",
        "Direct injections into the spinal cord or brain are invasive, so more efficient and less risky methods need to be developed.",
        [DeliveryRoute.Intraspinal, DeliveryRoute.Intracerebral, DeliveryRoute.Intracerebroventricular],
        [StemCellType.Neural],
        ["cell delivery"]);

    /// <summary>The risk of immune rejection and complications.</summary>
    public static readonly Challenge ImmuneRejectionAndSafety = new(
        "immune-rejection-and-safety", 2, "Immune rejection and safety",
        "Even with the patient's own (autologous) cells there is a risk of immune rejection or complications.",
        "Rejection or complications can harm patients and undo the benefit of the cells.",
        [],
        [StemCellType.Mesenchymal, StemCellType.InducedPluripotent, StemCellType.Neural, StemCellType.Hematopoietic, StemCellType.Embryonic],
        ["immune rejection", "safety"]);

    /// <summary>Cost and accessibility.</summary>
    public static readonly Challenge AccessAndCost = new(
        "access-and-cost", 3, "Access and cost",
        "Cutting-edge cell therapies are costly to produce and administer and available to few patients.",
        "Widespread use requires reducing the cost of producing and administering these therapies and making them available to more patients.",
        [],
        [],
        ["cost", "accessibility"]);

    /// <summary>The lack of long-term safety and efficacy data.</summary>
    public static readonly Challenge LongTermSafetyAndEfficacyData = new(
        "long-term-safety-and-efficacy-data", 4, "Long-term safety and efficacy data",
        "Most trials are small and short, so long-term safety and efficacy data are still needed.",
        "Without long-term follow-up the durability of benefits and late harms cannot be confirmed.",
        [],
        [],
        ["long-term data", "long-term follow-up"]);

    /// <summary>Making consistent cell products.</summary>
    public static readonly Challenge ManufacturingConsistency = new(
        "manufacturing-consistency", 5, "Manufacturing consistency",
        "Cell products are living and vary between donors, tissues, culture conditions and batches.",
        "Inconsistent products make results hard to reproduce and to compare across trials, and complicate regulatory approval.",
        [],
        [StemCellType.Mesenchymal, StemCellType.InducedPluripotent, StemCellType.Neural, StemCellType.Embryonic],
        ["batch variability", "product consistency"]);

    /// <summary>The risk that transplanted cells form tumours.</summary>
    public static readonly Challenge Tumorigenicity = new(
        "tumorigenicity", 6, "Tumorigenicity",
        "Pluripotent cells, or cells derived from them, can form tumours such as teratomas if undifferentiated cells remain.",
        "A tumour would be a serious, lasting harm, so pluripotent-derived products must be purified and followed up for a long time.",
        [],
        [StemCellType.InducedPluripotent, StemCellType.Embryonic],
        ["tumour formation", "teratoma risk"]);

    private Challenge(
        string code,
        int value,
        string displayName,
        string definition,
        string rationale,
        ImmutableArray<DeliveryRoute> affectedRoutes,
        ImmutableArray<StemCellType> affectedCellTypes,
        IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
        Rationale = rationale;
        AffectedRoutes = affectedRoutes;
        AffectedCellTypes = affectedCellTypes;
    }

    /// <inheritdoc />
    public static ImmutableArray<Challenge> All { get; } =
        [OptimizingCellDelivery, ImmuneRejectionAndSafety, AccessAndCost, LongTermSafetyAndEfficacyData, ManufacturingConsistency, Tumorigenicity];

    /// <inheritdoc />
    public static string VocabularyName => "challenge";

    /// <summary>Gets why the challenge matters.</summary>
    /// <value>One or two sentences.</value>
    public string Rationale { get; }

    /// <summary>Gets the delivery routes the challenge bears on.</summary>
    /// <value>An immutable list; empty when the challenge is not specific to a route.</value>
    public ImmutableArray<DeliveryRoute> AffectedRoutes { get; }

    /// <summary>Gets the stem cell types the challenge bears on.</summary>
    /// <value>An immutable list; empty when the challenge is not specific to a cell type.</value>
    public ImmutableArray<StemCellType> AffectedCellTypes { get; }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        writer.WriteString("rationale", Rationale);
    }

    private protected override void WriteExportRelations(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteRelation(writer, "affectedRoutes", AffectedRoutes);
        VocabularyExportWriter.WriteRelation(writer, "affectedCellTypes", AffectedCellTypes);
    }
}

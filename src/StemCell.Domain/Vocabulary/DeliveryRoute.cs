using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>How stem cells are delivered to the patient.</summary>
/// <remarks>
/// SNOMED CT route qualifiers ship where one was seen (intravenous, intrathecal, intramuscular). No verified
/// SNOMED CT code was found for intraspinal (direct spinal cord) or intracerebroventricular delivery, or for
/// intracerebral delivery, so those routes carry none.
/// </remarks>
[JsonConverter(typeof(Serialization.DeliveryRouteJsonConverter))]
public sealed class DeliveryRoute : VocabularyTerm<DeliveryRoute>, IVocabulary<DeliveryRoute>
{
    /// <summary>Infusion into a vein.</summary>
    public static readonly DeliveryRoute Intravenous = new(
        "intravenous", 1, "Intravenous",
        "Infusion into a vein, so the cells travel in the bloodstream; simple and repeatable, but few cells reach the central nervous system.",
        Invasiveness.Low, reachesCentralNervousSystemDirectly: false,
        ["IV", "intravenous infusion"],
        [new(CodeSystem.SnomedCt, "47625008", "Intravenous route (qualifier value)", CodingConfidence.SecondarySource, CodingSources.SnomedRouteExamples)]);

    /// <summary>Injection into the cerebrospinal fluid of the spinal canal.</summary>
    public static readonly DeliveryRoute Intrathecal = new(
        "intrathecal", 2, "Intrathecal",
        "Injection into the cerebrospinal fluid around the spinal cord, usually by lumbar puncture, so the cells bathe the central nervous system.",
        Invasiveness.Moderate, reachesCentralNervousSystemDirectly: true,
        ["IT", "intrathecal injection"],
        [new(CodeSystem.SnomedCt, "72607000", "Intrathecal route", CodingConfidence.SecondarySource, CodingSources.SnomedRouteExamples)]);

    /// <summary>Direct injection into the spinal cord.</summary>
    public static readonly DeliveryRoute Intraspinal = new(
        "intraspinal", 3, "Intraspinal (direct spinal cord injection)",
        "Surgical injection of cells directly into the tissue of the spinal cord, targeting the regions where motor neurons are affected.",
        Invasiveness.High, reachesCentralNervousSystemDirectly: true,
        ["spinal cord injection", "direct spinal cord injection", "intraspinal injection"]);

    /// <summary>Direct injection into brain tissue.</summary>
    public static readonly DeliveryRoute Intracerebral = new(
        "intracerebral", 4, "Intracerebral",
        "Surgical injection of cells directly into the tissue of the brain.",
        Invasiveness.High, reachesCentralNervousSystemDirectly: true,
        ["brain injection", "intraparenchymal"]);

    /// <summary>Injection into the brain's ventricles.</summary>
    public static readonly DeliveryRoute Intracerebroventricular = new(
        "intracerebroventricular", 5, "Intracerebroventricular",
        "Injection into the fluid-filled ventricles of the brain, usually through a surgically placed catheter or reservoir.",
        Invasiveness.High, reachesCentralNervousSystemDirectly: true,
        ["ICV"]);

    /// <summary>Injection into a muscle.</summary>
    public static readonly DeliveryRoute Intramuscular = new(
        "intramuscular", 6, "Intramuscular",
        "Injection into a skeletal muscle, used to deliver cells or their secreted factors near the nerve endings of affected muscles.",
        Invasiveness.Low, reachesCentralNervousSystemDirectly: false,
        ["IM"],
        [new(CodeSystem.SnomedCt, "78421000", "Intramuscular", CodingConfidence.SecondarySource, CodingSources.SnomedRouteExamples)]);

    private DeliveryRoute(
        string code,
        int value,
        string displayName,
        string definition,
        Invasiveness invasiveness,
        bool reachesCentralNervousSystemDirectly,
        IEnumerable<string> synonyms,
        IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, synonyms, codings)
    {
        Invasiveness = invasiveness;
        ReachesCentralNervousSystemDirectly = reachesCentralNervousSystemDirectly;
    }

    /// <inheritdoc />
    public static ImmutableArray<DeliveryRoute> All { get; } =
        [Intravenous, Intrathecal, Intraspinal, Intracerebral, Intracerebroventricular, Intramuscular];

    /// <inheritdoc />
    public static string VocabularyName => "delivery-route";

    /// <summary>Gets how invasive the route is.</summary>
    /// <value>From <see cref="Invasiveness.Low"/> (a needle in a vein) to <see cref="Invasiveness.High"/> (neurosurgery).</value>
    public Invasiveness Invasiveness { get; }

    /// <summary>Gets a value indicating whether the route places cells inside the central nervous system or its fluid.</summary>
    /// <value><see langword="true"/> for intrathecal, intraspinal, intracerebral and intracerebroventricular delivery.</value>
    public bool ReachesCentralNervousSystemDirectly { get; }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        writer.WriteBoolean("reachesCentralNervousSystemDirectly", ReachesCentralNervousSystemDirectly);
    }

    private protected override void WriteExportRelations(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteRelation(writer, "invasiveness", Invasiveness);
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A potential benefit of stem cell therapy over traditional treatments.</summary>
/// <remarks>The four terms are the key benefits the seed article names, each linked as the article links it.</remarks>
[JsonConverter(typeof(Serialization.TherapeuticBenefitJsonConverter))]
public sealed class TherapeuticBenefit : VocabularyTerm<TherapeuticBenefit>, IVocabulary<TherapeuticBenefit>
{
    /// <summary>Protecting existing neurons from further damage.</summary>
    public static readonly TherapeuticBenefit Neuroprotection = new(
        "neuroprotection", 1, "Neuroprotection",
        "Stem cells can help protect existing neurons from further damage by releasing neurotrophic factors, reducing inflammation and promoting a supportive environment for neuron survival, in both MS and ALS.",
        [Mechanism.Neuroprotection, Mechanism.NeurotrophicSupport, Mechanism.AntiInflammation],
        [StemCellType.Mesenchymal, StemCellType.Neural],
        [Disease.MultipleSclerosis, Disease.AmyotrophicLateralSclerosis]);

    /// <summary>Replacing cells lost to disease.</summary>
    public static readonly TherapeuticBenefit TissueRegeneration = new(
        "tissue-regeneration", 2, "Tissue regeneration",
        "Stem cells, particularly induced pluripotent and neural stem cells, can differentiate into new nerve or glial cells and potentially replace the cells lost to disease.",
        [Mechanism.CellReplacement],
        [StemCellType.InducedPluripotent, StemCellType.Neural],
        [Disease.MultipleSclerosis, Disease.AmyotrophicLateralSclerosis]);

    /// <summary>Regulating harmful immune responses.</summary>
    public static readonly TherapeuticBenefit ImmuneModulation = new(
        "immune-modulation", 3, "Immune modulation",
        "In MS, where the immune system attacks the central nervous system, stem cells such as MSCs can help regulate and suppress harmful immune responses, reducing inflammation and preventing further damage.",
        [Mechanism.ImmuneModulation, Mechanism.AntiInflammation],
        [StemCellType.Mesenchymal],
        [Disease.MultipleSclerosis]);

    /// <summary>Slowing the progression of disease.</summary>
    public static readonly TherapeuticBenefit SlowingDiseaseProgression = new(
        "slowing-disease-progression", 4, "Slowing disease progression",
        "In ALS, where the loss of motor neurons is progressive, stem cell therapy has shown the potential to slow that decline, buying patients time and improving their quality of life.",
        [Mechanism.Neuroprotection, Mechanism.NeurotrophicSupport],
        [StemCellType.Neural],
        [Disease.AmyotrophicLateralSclerosis],
        ["slow disease progression"]);

    private TherapeuticBenefit(
        string code,
        int value,
        string displayName,
        string definition,
        ImmutableArray<Mechanism> mechanisms,
        ImmutableArray<StemCellType> cellTypes,
        ImmutableArray<Disease> diseases,
        IEnumerable<string>? synonyms = null)
        : base(code, value, displayName, definition, synonyms)
    {
        Mechanisms = mechanisms;
        CellTypes = cellTypes;
        Diseases = diseases;
    }

    /// <inheritdoc />
    public static ImmutableArray<TherapeuticBenefit> All { get; } = [Neuroprotection, TissueRegeneration, ImmuneModulation, SlowingDiseaseProgression];

    /// <inheritdoc />
    public static string VocabularyName => "therapeutic-benefit";

    /// <summary>Gets the mechanisms that deliver the benefit.</summary>
    /// <value>An immutable list in declaration order.</value>
    public ImmutableArray<Mechanism> Mechanisms { get; }

    /// <summary>Gets the stem cell types that provide the benefit.</summary>
    /// <value>An immutable list in declaration order.</value>
    public ImmutableArray<StemCellType> CellTypes { get; }

    /// <summary>Gets the diseases the benefit applies to.</summary>
    /// <value>An immutable list in declaration order.</value>
    public ImmutableArray<Disease> Diseases { get; }

    private protected override void WriteExportRelations(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteRelation(writer, "mechanisms", Mechanisms);
        VocabularyExportWriter.WriteRelation(writer, "cellTypes", CellTypes);
        VocabularyExportWriter.WriteRelation(writer, "diseases", Diseases);
    }
}

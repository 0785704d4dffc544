using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A way in which stem cell therapy is thought to act.</summary>
[JsonConverter(typeof(Serialization.MechanismJsonConverter))]
public sealed class Mechanism : VocabularyTerm<Mechanism>, IVocabulary<Mechanism>
{
    /// <summary>Protecting existing neurons from further damage.</summary>
    public static readonly Mechanism Neuroprotection = new(
        "neuroprotection", 1, "Neuroprotection",
        "Protecting surviving neurons from further damage, for example by releasing protective factors, damping inflammation and creating a supportive environment around them.",
        ["neuroprotective effect"]);

    /// <summary>Regulating and suppressing harmful immune responses.</summary>
    public static readonly Mechanism ImmuneModulation = new(
        "immune-modulation", 2, "Immune modulation",
        "Regulating and suppressing the harmful immune responses that attack the nervous system, as mesenchymal stem cells do in multiple sclerosis.",
        ["immunomodulation", "immunomodulatory"]);

    /// <summary>Rebuilding the immune system after conditioning chemotherapy.</summary>
    public static readonly Mechanism ImmuneReset = new(
        "immune-reset", 3, "Immune reset",
        "Wiping out the disease-driving immune cells with intensive chemotherapy and rebuilding the immune system from the patient's own hematopoietic stem cells (autologous HSCT).",
        ["immune reconstitution", "immune system reset"]);

    /// <summary>Regenerating the myelin sheath.</summary>
    public static readonly Mechanism Remyelination = new(
        "remyelination", 4, "Remyelination",
        "Regenerating the myelin sheath around nerve fibres that the disease has stripped, restoring their insulation and signalling.");

    /// <summary>Replacing lost cells with new ones.</summary>
    public static readonly Mechanism CellReplacement = new(
        "cell-replacement", 5, "Tissue regeneration (cell replacement)",
        "Differentiating into new nerve or glial cells that replace the cells lost to disease.",
        ["cell replacement", "tissue regeneration", "neuronal replacement"]);

    /// <summary>Providing neurotrophic factors that promote cell survival.</summary>
    public static readonly Mechanism NeurotrophicSupport = new(
        "neurotrophic-support", 6, "Neurotrophic support",
        "Secreting neurotrophic factors, proteins that promote the survival and function of neurons.",
        ["neurotrophic factors", "trophic support", "paracrine support"]);

    /// <summary>Reducing inflammation.</summary>
    public static readonly Mechanism AntiInflammation = new(
        "anti-inflammation", 7, "Anti-inflammation",
        "Reducing inflammation in the central nervous system that damages myelin and neurons.",
        ["anti-inflammatory effect", "reduced inflammation"]);

    private Mechanism(string code, int value, string displayName, string definition, IEnumerable<string>? synonyms = null)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<Mechanism> All { get; } =
        [Neuroprotection, ImmuneModulation, ImmuneReset, Remyelination, CellReplacement, NeurotrophicSupport, AntiInflammation];

    /// <inheritdoc />
    public static string VocabularyName => "mechanism";
}

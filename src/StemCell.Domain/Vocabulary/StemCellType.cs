using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A type of stem cell used or studied in therapy for neurodegenerative disease.</summary>
/// <remarks>
/// The Cell Ontology has no class for induced pluripotent stem cells (the EFO code seen for them has no verified
/// FHIR system URI here), so that term carries no coding. The Cell Ontology labels CL:0000134 "mesenchymal stem
/// cell"; the ISCT's preferred name, "multipotent mesenchymal stromal cell", is kept in
/// <see cref="AlternativeScientificName"/> rather than replacing the ontology's label.
/// </remarks>
[JsonConverter(typeof(Serialization.StemCellTypeJsonConverter))]
public sealed class StemCellType : VocabularyTerm<StemCellType>, IVocabulary<StemCellType>
{
    /// <summary>Mesenchymal stem (stromal) cells.</summary>
    public static readonly StemCellType Mesenchymal = new(
        "mesenchymal", 1, "Mesenchymal stem cell",
        "Multipotent cells found in tissues such as bone marrow, adipose tissue and umbilical cord blood that reduce inflammation, protect neurons, modulate the immune response and can promote tissue repair.",
        "multipotent mesenchymal stromal cell",
        Potency.Multipotent,
        [TissueSource.BoneMarrow, TissueSource.AdiposeTissue, TissueSource.UmbilicalCordBlood, TissueSource.UmbilicalCordTissue],
        [DifferentiatedCellType.Osteoblast, DifferentiatedCellType.Adipocyte, DifferentiatedCellType.Chondrocyte],
        [Mechanism.AntiInflammation, Mechanism.Neuroprotection, Mechanism.ImmuneModulation, Mechanism.Remyelination],
        ["MSC", "MSCs", "mesenchymal stem cells", "mesenchymal stromal cell", "mesenchymal stromal cells"],
        [new(CodeSystem.CellOntology, "CL:0000134", "mesenchymal stem cell", CodingConfidence.Verified, CodingSources.CellOntology)]);

    /// <summary>Induced pluripotent stem cells.</summary>
    public static readonly StemCellType InducedPluripotent = new(
        "induced-pluripotent", 2, "Induced pluripotent stem cell",
        "Adult cells, such as skin fibroblasts or blood cells, reprogrammed to behave like embryonic stem cells, able to differentiate into many cell types including neurons and glial cells.",
        alternativeScientificName: null,
        Potency.Pluripotent,
        [TissueSource.SkinFibroblasts, TissueSource.PeripheralBlood],
        [
            DifferentiatedCellType.Neuron, DifferentiatedCellType.MotorNeuron, DifferentiatedCellType.GlialCell, DifferentiatedCellType.Astrocyte,
            DifferentiatedCellType.Oligodendrocyte, DifferentiatedCellType.OligodendrocytePrecursorCell,
        ],
        [Mechanism.CellReplacement],
        ["iPSC", "iPSCs", "iPS cell", "induced pluripotent stem cells"]);

    /// <summary>Neural stem cells.</summary>
    public static readonly StemCellType Neural = new(
        "neural", 3, "Neural stem cell",
        "Multipotent cells of the central nervous system that can differentiate into the neurons and glial cells of the brain and spinal cord.",
        alternativeScientificName: null,
        Potency.Multipotent,
        [TissueSource.FetalNeuralTissue],
        [DifferentiatedCellType.Neuron, DifferentiatedCellType.MotorNeuron, DifferentiatedCellType.GlialCell, DifferentiatedCellType.Astrocyte, DifferentiatedCellType.Oligodendrocyte],
        [Mechanism.Neuroprotection, Mechanism.NeurotrophicSupport, Mechanism.CellReplacement],
        ["NSC", "NSCs", "neural stem cells", "neuronal stem cell"],
        [
            new(CodeSystem.CellOntology, "CL:0000047", "neural stem cell", CodingConfidence.Verified, CodingSources.CellOntology),

            // Cited by the older Cell Ontology import in Mondo, under its older label "neuronal stem cell".
            new(CodeSystem.Mesh, "D058953", "neuronal stem cell", CodingConfidence.Verified, CodingSources.MondoCellOntologyImport),
        ]);

    /// <summary>Hematopoietic stem cells.</summary>
    public static readonly StemCellType Hematopoietic = new(
        "hematopoietic", 4, "Hematopoietic stem cell",
        "Multipotent cells of the bone marrow that give rise to every blood and immune cell; transplanted after chemotherapy (HSCT) to rebuild the immune system.",
        alternativeScientificName: null,
        Potency.Multipotent,
        [TissueSource.BoneMarrow, TissueSource.PeripheralBlood, TissueSource.UmbilicalCordBlood],
        [DifferentiatedCellType.BloodCell],
        [Mechanism.ImmuneReset],
        ["HSC", "HSCs", "hematopoietic stem cells", "haematopoietic stem cell", "hemopoietic stem cell"],
        [
            new(CodeSystem.CellOntology, "CL:0000037", "hematopoietic stem cell", CodingConfidence.Verified, CodingSources.CellOntology),

            // The Cell Ontology's own cross-reference of CL:0000037.
            new(CodeSystem.Mesh, "D006412", "hematopoietic stem cell", CodingConfidence.Verified, CodingSources.CellOntology),
        ]);

    /// <summary>Embryonic stem cells.</summary>
    public static readonly StemCellType Embryonic = new(
        "embryonic", 5, "Embryonic stem cell",
        "Pluripotent cells derived from the inner cell mass of an early embryo, able to become any cell type of the body.",
        alternativeScientificName: null,
        Potency.Pluripotent,
        [TissueSource.Blastocyst],
        [
            DifferentiatedCellType.Neuron, DifferentiatedCellType.MotorNeuron, DifferentiatedCellType.GlialCell, DifferentiatedCellType.Astrocyte,
            DifferentiatedCellType.Oligodendrocyte, DifferentiatedCellType.OligodendrocytePrecursorCell,
        ],
        [Mechanism.CellReplacement],
        ["ESC", "ESCs", "hESC", "embryonic stem cells"],
        [new(CodeSystem.CellOntology, "CL:0002322", "embryonic stem cell", CodingConfidence.SecondarySource, CodingSources.ThirdPartyOntologyFiles)]);

    private StemCellType(
        string code,
        int value,
        string displayName,
        string definition,
        string? alternativeScientificName,
        Potency potency,
        ImmutableArray<TissueSource> sources,
        ImmutableArray<DifferentiatedCellType> differentiatesInto,
        ImmutableArray<Mechanism> mechanisms,
        IEnumerable<string> synonyms,
        IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, synonyms, codings)
    {
        AlternativeScientificName = alternativeScientificName;
        Potency = potency;
        Sources = sources;
        DifferentiatesInto = differentiatesInto;
        Mechanisms = mechanisms;
    }

    /// <inheritdoc />
    public static ImmutableArray<StemCellType> All { get; } = [Mesenchymal, InducedPluripotent, Neural, Hematopoietic, Embryonic];

    /// <inheritdoc />
    public static string VocabularyName => "stem-cell-type";

    /// <summary>Gets the name a standards body prefers where it differs from the Cell Ontology's label.</summary>
    /// <value>For mesenchymal cells, the ISCT's "multipotent mesenchymal stromal cell"; otherwise null.</value>
    public string? AlternativeScientificName { get; }

    /// <summary>Gets the cell's potency.</summary>
    /// <value>How many kinds of cell it can give rise to.</value>
    public Potency Potency { get; }

    /// <summary>Gets the tissues the cells are typically harvested from.</summary>
    /// <value>An immutable list in declaration order.</value>
    public ImmutableArray<TissueSource> Sources { get; }

    /// <summary>Gets the cell types relevant to therapy that the cells can differentiate into.</summary>
    /// <value>An immutable list in declaration order.</value>
    public ImmutableArray<DifferentiatedCellType> DifferentiatesInto { get; }

    /// <summary>Gets the mechanisms by which the cells are thought to act.</summary>
    /// <value>An immutable list in declaration order.</value>
    public ImmutableArray<Mechanism> Mechanisms { get; }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        // WriteString writes JSON null for a null string, which the export's shape asks for.
        writer.WriteString("alternativeScientificName", AlternativeScientificName);
    }

    private protected override void WriteExportRelations(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteRelation(writer, "potency", Potency);
        VocabularyExportWriter.WriteRelation(writer, "sources", Sources);
        VocabularyExportWriter.WriteRelation(writer, "differentiatesInto", DifferentiatesInto);
        VocabularyExportWriter.WriteRelation(writer, "mechanisms", Mechanisms);
    }
}

using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A mature or committed cell type that stem cells can differentiate into.</summary>
[JsonConverter(typeof(Serialization.DifferentiatedCellTypeJsonConverter))]
public sealed class DifferentiatedCellType : VocabularyTerm<DifferentiatedCellType>, IVocabulary<DifferentiatedCellType>
{
    /// <summary>Neurons.</summary>
    public static readonly DifferentiatedCellType Neuron = new(
        "neuron", 1, "Neuron",
        "A nerve cell that carries electrical and chemical signals.",
        ["nerve cell", "neurons"],
        [new(CodeSystem.CellOntology, "CL:0000540", "neuron", CodingConfidence.Verified, CodingSources.MondoCellOntologyImport)]);

    /// <summary>Motor neurons.</summary>
    public static readonly DifferentiatedCellType MotorNeuron = new(
        "motor-neuron", 2, "Motor neuron",
        "A neuron that controls voluntary muscle movement; the cell that amyotrophic lateral sclerosis destroys.",
        ["motoneuron", "motor neurons"],
        [new(CodeSystem.CellOntology, "CL:0000100", "motor neuron", CodingConfidence.Verified, CodingSources.CellOntology)]);

    /// <summary>Astrocytes.</summary>
    public static readonly DifferentiatedCellType Astrocyte = new(
        "astrocyte", 3, "Astrocyte",
        "A star-shaped glial cell that supports neurons, regulates their environment and helps maintain the blood-brain barrier.",
        ["astrocytes"],
        [new(CodeSystem.CellOntology, "CL:0000127", "astrocyte", CodingConfidence.Verified, CodingSources.CellOntology)]);

    /// <summary>Oligodendrocytes.</summary>
    public static readonly DifferentiatedCellType Oligodendrocyte = new(
        "oligodendrocyte", 4, "Oligodendrocyte",
        "The glial cell that makes the myelin sheath around nerve fibres in the central nervous system.",
        ["oligodendrocytes"],
        [new(CodeSystem.CellOntology, "CL:0000128", "oligodendrocyte", CodingConfidence.Verified, CodingSources.CellOntology)]);

    /// <summary>Oligodendrocyte precursor cells.</summary>
    public static readonly DifferentiatedCellType OligodendrocytePrecursorCell = new(
        "oligodendrocyte-precursor-cell", 5, "Oligodendrocyte precursor cell",
        "A committed glial progenitor that matures into myelinating oligodendrocytes, the cell behind natural remyelination.",
        ["OPC", "OPCs"],
        [new(CodeSystem.CellOntology, "CL:0002453", "oligodendrocyte precursor cell", CodingConfidence.Verified, CodingSources.CellOntology)]);

    /// <summary>Glial cells in general.</summary>
    public static readonly DifferentiatedCellType GlialCell = new(
        "glial-cell", 6, "Glial cell",
        "A non-neuronal cell of the nervous system (astrocytes, oligodendrocytes and others) that supports and insulates neurons.",
        ["glia", "glial cells", "neuroglia"]);

    /// <summary>Osteoblasts.</summary>
    public static readonly DifferentiatedCellType Osteoblast = new(
        "osteoblast", 7, "Osteoblast",
        "A bone-forming cell; differentiation into osteoblasts is one of the minimal criteria that define mesenchymal stromal cells.",
        ["osteoblasts"]);

    /// <summary>Adipocytes.</summary>
    public static readonly DifferentiatedCellType Adipocyte = new(
        "adipocyte", 8, "Adipocyte",
        "A fat-storing cell; differentiation into adipocytes is one of the minimal criteria that define mesenchymal stromal cells.",
        ["adipocytes", "fat cell"]);

    /// <summary>Chondrocytes.</summary>
    public static readonly DifferentiatedCellType Chondrocyte = new(
        "chondrocyte", 9, "Chondrocyte",
        "A cartilage-forming cell; differentiation into chondroblasts is one of the minimal criteria that define mesenchymal stromal cells.",
        ["chondrocytes", "chondroblast"]);

    /// <summary>Blood and immune cells.</summary>
    public static readonly DifferentiatedCellType BloodCell = new(
        "blood-cell", 10, "Blood and immune cells",
        "Every lineage of blood cell, including the immune system's lymphocytes, which hematopoietic stem cells regenerate.",
        ["blood cells", "immune cells", "hematopoietic cells"]);

    private DifferentiatedCellType(
        string code, int value, string displayName, string definition, IEnumerable<string> synonyms, IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, synonyms, codings)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<DifferentiatedCellType> All { get; } =
        [Neuron, MotorNeuron, Astrocyte, Oligodendrocyte, OligodendrocytePrecursorCell, GlialCell, Osteoblast, Adipocyte, Chondrocyte, BloodCell];

    /// <inheritdoc />
    public static string VocabularyName => "differentiated-cell-type";
}

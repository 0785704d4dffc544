using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>How many kinds of cell a stem cell can give rise to.</summary>
/// <remarks>Terms are ordered from the broadest potential (totipotent) to the narrowest (unipotent).</remarks>
[JsonConverter(typeof(Serialization.PotencyJsonConverter))]
public sealed class Potency : VocabularyTerm<Potency>, IVocabulary<Potency>
{
    /// <summary>Able to form every cell of the embryo and the extra-embryonic tissues.</summary>
    public static readonly Potency Totipotent = new(
        "totipotent", 1, "Totipotent",
        "Able to give rise to every cell type of an organism, including the extra-embryonic tissues such as the placenta; only the zygote and the earliest embryonic cells are totipotent.",
        codings: [new(CodeSystem.CellOntology, "CL:0000052", "totipotent stem cell", CodingConfidence.Verified, CodingSources.CellOntology)]);

    /// <summary>Able to form every cell type of the body, but not the extra-embryonic tissues.</summary>
    public static readonly Potency Pluripotent = new(
        "pluripotent", 2, "Pluripotent",
        "Able to give rise to every cell type of the three germ layers of the body, but not to extra-embryonic tissues; embryonic stem cells and induced pluripotent stem cells are pluripotent.");

    /// <summary>Able to form several cell types of one lineage or tissue family.</summary>
    public static readonly Potency Multipotent = new(
        "multipotent", 3, "Multipotent",
        "Able to give rise to several, but a limited range of, cell types, usually those of one tissue or lineage; mesenchymal, neural and hematopoietic stem cells are multipotent.",
        codings: [new(CodeSystem.CellOntology, "CL:0000048", "multi fate stem cell", CodingConfidence.Verified, CodingSources.CellOntology)]);

    /// <summary>Able to form a few closely related cell types.</summary>
    public static readonly Potency Oligopotent = new(
        "oligopotent", 4, "Oligopotent",
        "Able to give rise to only a few closely related cell types, such as a lymphoid or myeloid progenitor.");

    /// <summary>Able to form a single cell type.</summary>
    public static readonly Potency Unipotent = new(
        "unipotent", 5, "Unipotent",
        "Able to give rise to only one cell type, while still able to renew itself.");

    private Potency(string code, int value, string displayName, string definition, IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, codings: codings)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<Potency> All { get; } = [Totipotent, Pluripotent, Multipotent, Oligopotent, Unipotent];

    /// <inheritdoc />
    public static string VocabularyName => "potency";
}

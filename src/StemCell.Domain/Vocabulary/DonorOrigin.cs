using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>Whose cells are given: the patient's own, or a donor's.</summary>
[JsonConverter(typeof(Serialization.DonorOriginJsonConverter))]
public sealed class DonorOrigin : VocabularyTerm<DonorOrigin>, IVocabulary<DonorOrigin>
{
    /// <summary>The patient's own cells.</summary>
    public static readonly DonorOrigin Autologous = new(
        "autologous", 1, "Autologous",
        "The cells come from the patient who receives them, so they are not rejected as foreign, though harvesting and processing carry their own risks.",
        ["auto", "self-derived"]);

    /// <summary>Cells from another person.</summary>
    public static readonly DonorOrigin Allogeneic = new(
        "allogeneic", 2, "Allogeneic",
        "The cells come from a donor other than the patient, which allows ready-made products but risks an immune reaction against them.",
        ["allo", "donor-derived", "allogenic"]);

    private DonorOrigin(string code, int value, string displayName, string definition, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<DonorOrigin> All { get; } = [Autologous, Allogeneic];

    /// <inheritdoc />
    public static string VocabularyName => "donor-origin";
}

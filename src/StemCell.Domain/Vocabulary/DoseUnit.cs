using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>The unit a dose of cells is given in.</summary>
/// <remarks>
/// Cell therapy doses are counts of cells, either in total or per kilogram of the recipient's body weight. Each unit
/// carries its UCUM code (Unified Code for Units of Measure, as FHIR <c>Quantity</c> uses it): a count is the unit
/// <c>1</c> with the annotation <c>{cells}</c>, so a total is <c>{cells}</c> and a dose by weight is <c>{cells}/kg</c>.
/// </remarks>
[JsonConverter(typeof(Serialization.DoseUnitJsonConverter))]
public sealed class DoseUnit : VocabularyTerm<DoseUnit>, IVocabulary<DoseUnit>
{
    /// <summary>A total number of cells.</summary>
    public static readonly DoseUnit Cells = new(
        "cells", 1, "Cells",
        "A total number of cells given in one administration, whatever the recipient's weight.",
        "cells", "{cells}",
        ["cell count", "total cells"]);

    /// <summary>Cells per kilogram of body weight.</summary>
    public static readonly DoseUnit CellsPerKilogram = new(
        "cells-per-kilogram", 2, "Cells per kilogram",
        "A number of cells for each kilogram of the recipient's body weight, as hematopoietic and mesenchymal cell doses are usually given.",
        "cells/kg", "{cells}/kg",
        ["cells/kg", "cells per kg"]);

    private DoseUnit(string code, int value, string displayName, string definition, string symbol, string ucumCode, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
        Symbol = symbol;
        UcumCode = ucumCode;
    }

    /// <inheritdoc />
    public static ImmutableArray<DoseUnit> All { get; } = [Cells, CellsPerKilogram];

    /// <inheritdoc />
    public static string VocabularyName => "dose-unit";

    /// <summary>Gets the symbol written after an amount.</summary>
    /// <value>For example <c>cells/kg</c>, as in "2000000 cells/kg".</value>
    public string Symbol { get; }

    /// <summary>Gets the unit's UCUM code.</summary>
    /// <value>For example <c>{cells}/kg</c>, for a FHIR <c>Quantity</c> with system <c>http://unitsofmeasure.org</c>.</value>
    public string UcumCode { get; }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        writer.WriteString("symbol", Symbol);
        writer.WriteString("ucumCode", UcumCode);
    }
}

using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class DoseUnitTests : VocabularyContractTests<DoseUnit>
{
    [Theory]
    [InlineData("cells/kg", "cells-per-kilogram")]
    [InlineData("cells per kg", "cells-per-kilogram")]
    [InlineData("cell count", "cells")]
    public void FromCode_SymbolOrPhrase_FindsTheUnit(string text, string code)
    {
        Assert.Same(DoseUnit.FromCode(code), DoseUnit.FromCode(text));
    }

    [Fact]
    public void Export_WritesSymbolAndUcumCode()
    {
        foreach (var unit in DoseUnit.All)
        {
            var attributes = ExportedVocabulary.Term("dose-unit", unit.Code).GetProperty("attributes");

            Assert.Equal(unit.Symbol, attributes.GetProperty("symbol").GetString());
            Assert.Equal(unit.UcumCode, attributes.GetProperty("ucumCode").GetString());
        }
    }
}

using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class TissueSourceTests : VocabularyContractTests<TissueSource>
{
    [Fact]
    public void EverySource_IsTheSourceOfAStemCellType()
    {
        Assert.All(TissueSource.All, source => Assert.Contains(StemCellType.All, type => type.Sources.Contains(source)));
    }

    [Theory]
    [InlineData("bone-marrow", "UBERON:0002371")]
    [InlineData("adipose-tissue", "UBERON:0001013")]
    [InlineData("umbilical-cord-blood", "UBERON:0012168")]
    [InlineData("umbilical-cord-tissue", "UBERON:0002331")]
    [InlineData("peripheral-blood", "UBERON:0000178")]
    public void Codings_CarryTheUberonCodeOfTheReference(string source, string uberon)
    {
        Assert.Equal(uberon, Assert.Single(TissueSource.FromCode(source).Codings, c => c.System == CodeSystem.Uberon).Code);
    }

    [Theory]
    [InlineData("cord blood", "umbilical-cord-blood")]
    [InlineData("Wharton's jelly", "umbilical-cord-tissue")]
    [InlineData("fat", "adipose-tissue")]
    [InlineData("inner cell mass", "blastocyst")]
    public void FromCode_CommonName_FindsTheSource(string name, string code)
    {
        Assert.Same(TissueSource.FromCode(code), TissueSource.FromCode(name));
    }
}

using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class DifferentiatedCellTypeTests : VocabularyContractTests<DifferentiatedCellType>
{
    [Fact]
    public void EveryCellType_IsTheProgenyOfAStemCellType()
    {
        Assert.All(
            DifferentiatedCellType.All,
            cellType => Assert.Contains(StemCellType.All, stemCell => stemCell.DifferentiatesInto.Contains(cellType)));
    }

    [Fact]
    public void MotorNeuron_SharesItsCellOntologyCodeWithTheAffectedStructure()
    {
        var cellType = Assert.Single(DifferentiatedCellType.MotorNeuron.Codings, c => c.System == CodeSystem.CellOntology);
        var structure = Assert.Single(AffectedStructure.MotorNeurons.Codings, c => c.System == CodeSystem.CellOntology);

        Assert.Equal("CL:0000100", cellType.Code);
        Assert.Equal(cellType.Code, structure.Code);
    }

    [Theory]
    [InlineData("oligodendrocyte", "CL:0000128")]
    [InlineData("oligodendrocyte-precursor-cell", "CL:0002453")]
    [InlineData("astrocyte", "CL:0000127")]
    [InlineData("neuron", "CL:0000540")]
    public void Codings_CarryTheCellOntologyCodeOfTheReference(string cellType, string cl)
    {
        Assert.Equal(cl, Assert.Single(DifferentiatedCellType.FromCode(cellType).Codings, c => c.System == CodeSystem.CellOntology).Code);
    }
}

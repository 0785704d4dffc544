using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class InterventionTests
{
    [Fact]
    public void Create_CellTypeOnly_LeavesEverythingElseUnstated()
    {
        var intervention = new Intervention(StemCellType.Mesenchymal);

        Assert.Same(StemCellType.Mesenchymal, intervention.StemCellType);
        Assert.Null(intervention.TissueSource);
        Assert.Null(intervention.DonorOrigin);
        Assert.Null(intervention.DeliveryRoute);
        Assert.Null(intervention.ConditioningRegimen);
        Assert.Null(intervention.Dose);
        Assert.Null(intervention.NumberOfAdministrations);
        Assert.False(intervention.IsHematopoieticStemCellTransplant);
    }

    [Fact]
    public void Create_EveryPart_KeepsThem()
    {
        var intervention = new Intervention(
            StemCellType.Mesenchymal, TissueSource.BoneMarrow, DonorOrigin.Autologous, DeliveryRoute.Intrathecal,
            dose: new Dose(1600000m, DoseUnit.CellsPerKilogram), numberOfAdministrations: 2);

        Assert.Same(TissueSource.BoneMarrow, intervention.TissueSource);
        Assert.Same(DonorOrigin.Autologous, intervention.DonorOrigin);
        Assert.Same(DeliveryRoute.Intrathecal, intervention.DeliveryRoute);
        Assert.Equal(new Dose(1600000m, DoseUnit.CellsPerKilogram), intervention.Dose);
        Assert.Equal(2, intervention.NumberOfAdministrations);
    }

    [Fact]
    public void Create_WithConditioningRegimen_IsAHematopoieticStemCellTransplant()
    {
        var intervention = new Intervention(StemCellType.Hematopoietic, donorOrigin: DonorOrigin.Autologous, conditioningRegimen: "intensive chemotherapy");

        Assert.True(intervention.IsHematopoieticStemCellTransplant);
        Assert.Equal("autologous hematopoietic (after intensive chemotherapy)", intervention.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_NumberOfAdministrationsNotPositive_Throws(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>("numberOfAdministrations", () => new Intervention(StemCellType.Neural, numberOfAdministrations: count));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" intensive chemotherapy")]
    public void Create_BlankOrPaddedConditioningRegimen_Throws(string regimen)
    {
        Assert.Throws<ArgumentException>("conditioningRegimen", () => new Intervention(StemCellType.Hematopoietic, conditioningRegimen: regimen));
    }

    [Fact]
    public void Create_NullCellType_Throws()
    {
        Assert.Throws<ArgumentNullException>("stemCellType", () => new Intervention(null!));
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssert.Equal(
            new Intervention(StemCellType.Neural, deliveryRoute: DeliveryRoute.Intraspinal),
            new Intervention(StemCellType.Neural, deliveryRoute: DeliveryRoute.Intraspinal));
        EqualityAssert.NotEqual(
            new Intervention(StemCellType.Neural, deliveryRoute: DeliveryRoute.Intraspinal),
            new Intervention(StemCellType.Neural));
        EqualityAssert.NotEqual(
            new Intervention(StemCellType.Hematopoietic, conditioningRegimen: "intensive chemotherapy"),
            new Intervention(StemCellType.Hematopoietic, conditioningRegimen: "chemotherapy"));
        EqualityAssert.NotEqualToNullOrOtherTypes(new Intervention(StemCellType.Neural));
    }
}

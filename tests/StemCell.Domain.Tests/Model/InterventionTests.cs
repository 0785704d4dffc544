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
        Assert.Empty(intervention.DeliveryRoutes);
        Assert.Null(intervention.ConditioningRegimen);
        Assert.Null(intervention.Dose);
        Assert.Null(intervention.NumberOfAdministrations);
        Assert.False(intervention.IsHematopoieticStemCellTransplant);
    }

    [Fact]
    public void Create_EveryPart_KeepsThem()
    {
        var intervention = new Intervention(
            StemCellType.Mesenchymal, TissueSource.BoneMarrow, DonorOrigin.Autologous, [DeliveryRoute.Intrathecal, DeliveryRoute.Intravenous],
            dose: new Dose(1600000m, DoseUnit.CellsPerKilogram), numberOfAdministrations: 2);

        Assert.Same(TissueSource.BoneMarrow, intervention.TissueSource);
        Assert.Same(DonorOrigin.Autologous, intervention.DonorOrigin);
        Assert.Equal(new[] { DeliveryRoute.Intrathecal, DeliveryRoute.Intravenous }, intervention.DeliveryRoutes);
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

    [Fact]
    public void ToString_SeveralRoutes_NamesEachInOrder()
    {
        Assert.Equal("autologous mesenchymal, intrathecal", new Intervention(StemCellType.Mesenchymal, donorOrigin: DonorOrigin.Autologous, deliveryRoutes: [DeliveryRoute.Intrathecal]).ToString());
        Assert.Equal(
            "mesenchymal, intrathecal, intravenous and intramuscular",
            new Intervention(StemCellType.Mesenchymal, deliveryRoutes: [DeliveryRoute.Intrathecal, DeliveryRoute.Intravenous, DeliveryRoute.Intramuscular]).ToString());
    }

    [Fact]
    public void Create_RouteGivenTwice_ThrowsNamingTheRoutes()
    {
        var error = Assert.Throws<ArgumentException>(
            "deliveryRoutes",
            () => new Intervention(StemCellType.Mesenchymal, deliveryRoutes: [DeliveryRoute.Intrathecal, DeliveryRoute.Intravenous, DeliveryRoute.Intrathecal]));

        Assert.StartsWith("Element 2 ('intrathecal') repeats element 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullRoute_Throws()
    {
        Assert.Throws<ArgumentException>("deliveryRoutes", () => new Intervention(StemCellType.Mesenchymal, deliveryRoutes: [null!]));
    }

    [Fact]
    public void Create_CopiesTheCallersRoutes()
    {
        var routes = new List<DeliveryRoute> { DeliveryRoute.Intrathecal };
        var intervention = new Intervention(StemCellType.Mesenchymal, deliveryRoutes: routes);

        routes.Add(DeliveryRoute.Intravenous);

        Assert.Equal(new[] { DeliveryRoute.Intrathecal }, intervention.DeliveryRoutes);
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
    public void Create_NullCellType_LeavesItUnstated()
    {
        var intervention = new Intervention(null, TissueSource.BoneMarrow, DonorOrigin.Autologous, [DeliveryRoute.Intrathecal]);

        Assert.Null(intervention.StemCellType);
        Assert.Equal("autologous stem cells of an unstated type, intrathecal", intervention.ToString());
        Assert.True(new Study("s", "t", Disease.MultipleSclerosis, interventions: [intervention], sourceIds: ["x"]).Validate().IsValid);
    }

    [Fact]
    public void Validate_ConditioningWithUnstatedCellType_IsNoProblem()
    {
        var transplant = new Intervention(null, conditioningRegimen: "cyclophosphamide");

        Assert.True(new Study("s", "t", Disease.MultipleSclerosis, interventions: [transplant], sourceIds: ["x"]).Validate().IsValid);
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssert.Equal(
            new Intervention(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intraspinal]),
            new Intervention(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intraspinal]));
        EqualityAssert.NotEqual(
            new Intervention(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intraspinal]),
            new Intervention(StemCellType.Neural));
        EqualityAssert.Equal(
            new Intervention(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intrathecal, DeliveryRoute.Intravenous]),
            new Intervention(StemCellType.Neural, deliveryRoutes: new List<DeliveryRoute> { DeliveryRoute.Intrathecal, DeliveryRoute.Intravenous }));
        EqualityAssert.NotEqual(
            new Intervention(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intrathecal, DeliveryRoute.Intravenous]),
            new Intervention(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intravenous, DeliveryRoute.Intrathecal]));
        EqualityAssert.NotEqual(
            new Intervention(StemCellType.Hematopoietic, conditioningRegimen: "intensive chemotherapy"),
            new Intervention(StemCellType.Hematopoietic, conditioningRegimen: "chemotherapy"));
        EqualityAssert.NotEqualToNullOrOtherTypes(new Intervention(StemCellType.Neural));
    }
}

using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class DeliveryRouteTests : VocabularyContractTests<DeliveryRoute>
{
    [Theory]
    [InlineData("intravenous", "low")]
    [InlineData("intramuscular", "low")]
    [InlineData("intrathecal", "moderate")]
    [InlineData("intraspinal", "high")]
    [InlineData("intracerebral", "high")]
    [InlineData("intracerebroventricular", "high")]
    public void Invasiveness_OfEachRoute_IsItsInvasiveness(string route, string invasiveness)
    {
        Assert.Same(Invasiveness.FromCode(invasiveness), DeliveryRoute.FromCode(route).Invasiveness);
    }

    [Fact]
    public void ReachesCentralNervousSystemDirectly_ExactlyTheRoutesMoreInvasiveThanAnInjection()
    {
        Assert.All(DeliveryRoute.All, route => Assert.Equal(route.Invasiveness > Invasiveness.Low, route.ReachesCentralNervousSystemDirectly));
    }

    [Theory]
    [InlineData("intravenous", "47625008")]
    [InlineData("intrathecal", "72607000")]
    [InlineData("intramuscular", "78421000")]
    public void Codings_CarryTheSnomedRouteQualifierSeenInTheReference(string route, string snomed)
    {
        var coding = Assert.Single(DeliveryRoute.FromCode(route).Codings);

        Assert.Same(CodeSystem.SnomedCt, coding.System);
        Assert.Equal(snomed, coding.Code);
        Assert.Same(CodingConfidence.SecondarySource, coding.Confidence);
    }

    [Theory]
    [InlineData("intraspinal")]
    [InlineData("intracerebroventricular")]
    [InlineData("intracerebral")]
    public void Codings_RoutesWithoutAVerifiedSnomedCode_HaveNone(string route)
    {
        Assert.Empty(DeliveryRoute.FromCode(route).Codings);
    }

    [Theory]
    [InlineData("IV", "intravenous")]
    [InlineData("IT", "intrathecal")]
    [InlineData("ICV", "intracerebroventricular")]
    [InlineData("IM", "intramuscular")]
    [InlineData("direct spinal cord injection", "intraspinal")]
    public void FromCode_Abbreviation_FindsTheRoute(string abbreviation, string code)
    {
        Assert.Same(DeliveryRoute.FromCode(code), DeliveryRoute.FromCode(abbreviation));
    }

    [Fact]
    public void Export_WritesInvasivenessAsACodeAndTheCentralNervousSystemFlag()
    {
        foreach (var route in DeliveryRoute.All)
        {
            var json = ExportedVocabulary.Term("delivery-route", route.Code);

            ExportedVocabulary.AssertRelation(json, "invasiveness", "invasiveness", route.Invasiveness.Code);
            Assert.Equal(route.ReachesCentralNervousSystemDirectly, json.GetProperty("attributes").GetProperty("reachesCentralNervousSystemDirectly").GetBoolean());
        }
    }
}

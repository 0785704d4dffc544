using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class SafetyProfileTests
{
    [Fact]
    public void Create_SeedArticleCambridge_IsWellToleratedWithNoEventNamed()
    {
        var safety = new SafetyProfile(["seed"], Tolerability.WellTolerated, quote: "the therapy was found to be well-tolerated, with minimal side effects");

        Assert.Same(Tolerability.WellTolerated, safety.Tolerability);
        Assert.Empty(safety.AdverseEvents);
        Assert.Empty(safety.Risks);
    }

    [Fact]
    public void Create_SeedArticleCleveland_NamesTheChemotherapyRisk()
    {
        var safety = new SafetyProfile(["seed"], risks: ["the chemotherapy involved"]);

        Assert.Null(safety.Tolerability);
        Assert.Equal(new[] { "the chemotherapy involved" }, safety.Risks);
    }

    [Fact]
    public void Create_StatingNothing_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new SafetyProfile(["seed"]));

        Assert.Contains("must state something", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" headache")]
    public void Create_BlankOrPaddedEntry_Throws(string entry)
    {
        Assert.Throws<ArgumentException>("adverseEvents", () => new SafetyProfile(["seed"], adverseEvents: [entry]));
        Assert.Throws<ArgumentException>("risks", () => new SafetyProfile(["seed"], risks: [entry]));
        Assert.Throws<ArgumentException>("sourceIds", () => new SafetyProfile([entry], Tolerability.WellTolerated));
    }

    [Fact]
    public void Create_NullEntry_Throws()
    {
        Assert.Throws<ArgumentException>("risks", () => new SafetyProfile(["seed"], risks: [null!]));
    }

    [Fact]
    public void Equality_ComparesListsElementByElement()
    {
        EqualityAssert.Equal(
            new SafetyProfile(new List<string> { "seed" }, adverseEvents: new List<string> { "headache", "fever" }),
            new SafetyProfile(["seed"], adverseEvents: ["headache", "fever"]));
        EqualityAssert.NotEqual(
            new SafetyProfile(["seed"], adverseEvents: ["headache", "fever"]),
            new SafetyProfile(["seed"], adverseEvents: ["fever", "headache"]));
        EqualityAssert.NotEqual(
            new SafetyProfile(["seed"], Tolerability.WellTolerated),
            new SafetyProfile(["seed"], Tolerability.AcceptablyTolerated));
        EqualityAssert.NotEqualToNullOrOtherTypes(new SafetyProfile(["seed"], Tolerability.WellTolerated));
    }
}

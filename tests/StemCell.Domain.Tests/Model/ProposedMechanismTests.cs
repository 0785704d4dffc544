using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class ProposedMechanismTests
{
    [Fact]
    public void Create_KeepsMechanismAndQuote()
    {
        var mechanism = new ProposedMechanism(Mechanism.NeurotrophicSupport, "providing neurotrophic factors that promote cell survival");

        Assert.Same(Mechanism.NeurotrophicSupport, mechanism.Mechanism);
        Assert.Equal("neurotrophic-support: \"providing neurotrophic factors that promote cell survival\"", mechanism.ToString());
    }

    [Fact]
    public void Create_NullOrBlank_Throws()
    {
        Assert.Throws<ArgumentNullException>("mechanism", () => new ProposedMechanism(null!, "quote"));
        Assert.Throws<ArgumentException>("quote", () => new ProposedMechanism(Mechanism.CellReplacement, ""));
    }

    [Fact]
    public void Equality_ComparesMechanismAndQuote()
    {
        EqualityAssert.Equal(new ProposedMechanism(Mechanism.CellReplacement, "q"), new ProposedMechanism(Mechanism.CellReplacement, "q"));
        EqualityAssert.NotEqual(new ProposedMechanism(Mechanism.CellReplacement, "q"), new ProposedMechanism(Mechanism.Neuroprotection, "q"));
        EqualityAssert.NotEqualToNullOrOtherTypes(new ProposedMechanism(Mechanism.CellReplacement, "q"));
    }
}

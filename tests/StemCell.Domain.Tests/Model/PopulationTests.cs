using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

public sealed class PopulationTests
{
    [Fact]
    public void AllParticipants_HasNoDescription()
    {
        Assert.True(Population.AllParticipants.IsAllParticipants);
        Assert.Null(Population.AllParticipants.Description);
        Assert.Equal("all participants", Population.AllParticipants.ToString());
        Assert.Same(Population.AllParticipants, Population.AllParticipants);
    }

    [Theory]
    [InlineData("some patients")]
    [InlineData("Many")]
    public void Subgroup_KeepsTheSourcesWords(string description)
    {
        var subgroup = Population.Subgroup(description);

        Assert.False(subgroup.IsAllParticipants);
        Assert.Equal(description, subgroup.Description);
        Assert.Equal(description, subgroup.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("some patients ")]
    public void Subgroup_BlankOrPadded_Throws(string description)
    {
        Assert.Throws<ArgumentException>("description", () => Population.Subgroup(description));
    }

    [Fact]
    public void Subgroup_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("description", () => Population.Subgroup(null!));
    }

    [Fact]
    public void Equality_ComparesDescriptions()
    {
        EqualityAssert.Equal(Population.Subgroup("some patients"), Population.Subgroup("some patients"));
        EqualityAssert.NotEqual(Population.Subgroup("some patients"), Population.Subgroup("Some patients"));
        EqualityAssert.NotEqual(Population.AllParticipants, Population.Subgroup("all participants"));
        EqualityAssert.NotEqualToNullOrOtherTypes(Population.AllParticipants);
    }
}

using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class ClaimTests
{
    [Fact]
    public void Create_TermOfAnyVocabulary_KeepsTermAndQuote()
    {
        var claim = new Claim(Challenge.AccessAndCost, "As with any cutting-edge therapy, cost and accessibility are concerns");

        Assert.Same(Challenge.AccessAndCost, claim.Term);
        Assert.Equal("challenge access-and-cost: \"As with any cutting-edge therapy, cost and accessibility are concerns\"", claim.ToString());
    }

    [Fact]
    public void Create_NullOrBlank_Throws()
    {
        Assert.Throws<ArgumentNullException>("term", () => new Claim(null!, "quote"));
        Assert.Throws<ArgumentNullException>("quote", () => new Claim(Disease.MultipleSclerosis, null!));
        Assert.Throws<ArgumentException>("quote", () => new Claim(Disease.MultipleSclerosis, " "));
    }

    [Fact]
    public void Equality_ComparesTermAndQuote()
    {
        EqualityAssert.Equal(new Claim(Disease.MultipleSclerosis, "MS"), new Claim(Disease.FromCode("multiple-sclerosis"), "MS"));
        EqualityAssert.NotEqual(new Claim(Disease.MultipleSclerosis, "MS"), new Claim(Disease.MultipleSclerosis, "ms"));

        // Disease.MultipleSclerosis and StemCellType.Mesenchymal both have value 1: terms of different vocabularies never match.
        EqualityAssert.NotEqual(new Claim(Disease.MultipleSclerosis, "x"), new Claim(StemCellType.Mesenchymal, "x"));
        EqualityAssert.NotEqualToNullOrOtherTypes(new Claim(Disease.MultipleSclerosis, "MS"));
    }
}

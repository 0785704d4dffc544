using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class SourceTests
{
    public static TheoryData<string> NotSlugs => new()
    {
        "",
        "Seed",
        "seed article",
        "seed_article",
        "-seed",
        "seed-",
        "seed--article",
        "-",
        "seed\n",
        "s\u00e9ed",
        new string('a', 101),
    };

    [Fact]
    public void Create_OnlyRequiredParts_LeavesTheRestUnstated()
    {
        var source = new Source("seed", "An article", EvidenceKind.SecondaryReport);

        Assert.Null(source.Publisher);
        Assert.Empty(source.Authors);
        Assert.Null(source.PublicationDate);
        Assert.Null(source.Locator);
        Assert.Empty(source.Claims);
        Assert.Null(source.Notes);
        Assert.Equal("seed: An article", source.ToString());
    }

    [Fact]
    public void Create_EveryPart_KeepsThem()
    {
        var source = new Source(
            "mist-jama-2019", "Effect of nonmyeloablative HSCT vs continued DMT on disease progression", EvidenceKind.PeerReviewedPublication,
            publisher: "JAMA", authors: ["Burt RK"], publicationDate: PartialDate.FromYearMonth(2019, 1),
            locator: SourceLocator.FromUrl("https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765"),
            claims: [new(StemCellType.Hematopoietic, "hematopoietic stem cell transplantation")], notes: "A note.");

        Assert.Equal("JAMA", source.Publisher);
        Assert.Equal(new[] { "Burt RK" }, source.Authors);
        Assert.Equal(PartialDate.FromYearMonth(2019, 1), source.PublicationDate);
        Assert.Equal(SourceLocatorKind.Url, source.Locator!.Kind);
        Assert.Single(source.Claims);
        Assert.Equal("A note.", source.Notes);
    }

    [Theory]
    [MemberData(nameof(NotSlugs))]
    public void Create_IdNotASlug_Throws(string id)
    {
        Assert.Throws<ArgumentException>("id", () => new Source(id, "An article", EvidenceKind.SecondaryReport));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("seed-article-2023")]
    [InlineData("000-18afdb9a2e086e78")]
    public void Create_IdThatIsASlug_Succeeds(string id)
    {
        Assert.Equal(id, new Source(id, "An article", EvidenceKind.SecondaryReport).Id);
    }

    [Fact]
    public void Create_BadParts_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("id", () => new Source(null!, "t", EvidenceKind.SecondaryReport));
        Assert.Throws<ArgumentException>("title", () => new Source("s", " ", EvidenceKind.SecondaryReport));
        Assert.Throws<ArgumentNullException>("evidenceKind", () => new Source("s", "t", null!));
        Assert.Throws<ArgumentException>("publisher", () => new Source("s", "t", EvidenceKind.SecondaryReport, publisher: ""));
        Assert.Throws<ArgumentException>("authors", () => new Source("s", "t", EvidenceKind.SecondaryReport, authors: [" "]));
        Assert.Throws<ArgumentException>("claims", () => new Source("s", "t", EvidenceKind.SecondaryReport, claims: [null!]));
        Assert.Throws<ArgumentException>("notes", () => new Source("s", "t", EvidenceKind.SecondaryReport, notes: "note "));
    }

    [Fact]
    public void Equality_ComparesClaimsAndAuthorsElementByElement()
    {
        EqualityAssert.Equal(SeedArticle.Source, Rebuild(SeedArticle.Source));
        EqualityAssert.NotEqual(
            SeedArticle.Source,
            new Source(SeedArticle.Source.Id, SeedArticle.Source.Title, SeedArticle.Source.EvidenceKind, claims: SeedArticle.Source.Claims.Skip(1), notes: SeedArticle.Source.Notes));
        EqualityAssert.NotEqual(
            new Source("s", "t", EvidenceKind.SecondaryReport, authors: ["A", "B"]),
            new Source("s", "t", EvidenceKind.SecondaryReport, authors: ["B", "A"]));
        EqualityAssert.NotEqual(
            new Source("s", "t", EvidenceKind.SecondaryReport, publicationDate: PartialDate.FromYear(2023)),
            new Source("s", "t", EvidenceKind.SecondaryReport, publicationDate: PartialDate.FromYear(2024)));
        EqualityAssert.NotEqualToNullOrOtherTypes(SeedArticle.Source);
    }

    private static Source Rebuild(Source source) =>
        new(
            source.Id, source.Title, source.EvidenceKind, source.Publisher, source.Authors.ToList(), source.PublicationDate, source.Locator,
            source.Claims.Select(c => new Claim(c.Term, c.Quote)).ToList(), source.Notes);
}

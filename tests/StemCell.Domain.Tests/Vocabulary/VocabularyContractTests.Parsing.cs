namespace StemCell.Domain.Tests.Vocabulary;

// IParsable<T> and ISpanParsable<T>, called through the interfaces' static members as ASP.NET Core and other
// generic binders call them, so a vocabulary that stopped implementing them would not compile here.
public abstract partial class VocabularyContractTests<TTerm>
{
    [Fact]
    public void Parse_EveryCodeAndSynonymInAnyCase_ReturnsItsTerm()
    {
        foreach (var term in All)
        {
            foreach (var text in term.Synonyms.Prepend(term.Code))
            {
                Assert.Same(term, ParseAs<TTerm>(text));
                Assert.Same(term, ParseAs<TTerm>(text.ToUpperInvariant()));
                Assert.Same(term, ParseSpanAs<TTerm>(text.ToLowerInvariant().AsSpan()));
                Assert.True(TryParseAs<TTerm>(text, out var parsed), $"{Name}: TryParse('{text}')");
                Assert.Same(term, parsed);
                Assert.True(TryParseSpanAs<TTerm>(text.ToUpperInvariant().AsSpan(), out var fromSpan), $"{Name}: TryParse(span '{text}')");
                Assert.Same(term, fromSpan);
            }
        }
    }

    [Theory]
    [InlineData("no-such-term")]
    [InlineData("")]
    [InlineData(" ")]
    public void TryParse_UnknownEmptyOrBlank_ReturnsFalse(string text)
    {
        Assert.False(TryParseAs<TTerm>(text, out var parsed));
        Assert.Null(parsed);
        Assert.False(TryParseSpanAs<TTerm>(text.AsSpan(), out var fromSpan));
        Assert.Null(fromSpan);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(TryParseAs<TTerm>(null, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void TryParse_CodeWithSurroundingWhiteSpace_ReturnsFalse() =>
        Assert.False(TryParseAs<TTerm>($" {All[0].Code} ", out _));

    [Fact]
    public void Parse_UnknownCode_ThrowsFormatExceptionListingTheCodes()
    {
        var error = Assert.Throws<FormatException>(() => ParseAs<TTerm>("no-such-term"));
        var fromSpan = Assert.Throws<FormatException>(() => ParseSpanAs<TTerm>("no-such-term".AsSpan()));

        Assert.Contains($"'no-such-term' is not a {Name} code", error.Message, StringComparison.Ordinal);
        Assert.Contains(All[0].Code, error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, fromSpan.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => ParseAs<TTerm>(null!));

    private static T ParseAs<T>(string text)
        where T : IParsable<T> => T.Parse(text, provider: null);

    private static T ParseSpanAs<T>(ReadOnlySpan<char> text)
        where T : ISpanParsable<T> => T.Parse(text, provider: null);

    private static bool TryParseAs<T>(string? text, out T? result)
        where T : IParsable<T> => T.TryParse(text, provider: null, out result);

    private static bool TryParseSpanAs<T>(ReadOnlySpan<char> text, out T? result)
        where T : ISpanParsable<T> => T.TryParse(text, provider: null, out result);
}

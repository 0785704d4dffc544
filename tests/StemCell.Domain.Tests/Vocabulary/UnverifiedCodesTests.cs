using System.Text.RegularExpressions;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

/// <summary>No code that the domain reference marks UNVERIFIED ships, in a coding or anywhere in the export.</summary>
public sealed class UnverifiedCodesTests
{
    private static readonly Lazy<IReadOnlyList<string>> Unverified = new(ReadUnverifiedCodes);

    [Fact]
    public void UnverifiedCodesFile_ListsTheCodesTheIssueNames()
    {
        Assert.Superset(
            new HashSet<string>(["8A40", "8A40.0", "8A40.1", "8B60.0", "ORPHA:803", "C48660", "D053595", "D057026", "D059630", "NCT01348451", "NCT01730716", "NCT00288626"]),
            Unverified.Value.ToHashSet());
    }

    [Fact]
    public void Codings_UseNoUnverifiedCode()
    {
        var offenders = Vocabularies.All
            .SelectMany(v => v.Terms)
            .SelectMany(t => t.Codings.Select(c => (Term: t, Coding: c)))
            .Where(x => Unverified.Value.Contains(x.Coding.Code, StringComparer.OrdinalIgnoreCase))
            .Select(x => $"{x.Term.VocabularyName} '{x.Term.Code}': {x.Coding}")
            .ToList();

        Assert.True(offenders.Count == 0, "Codings use codes the domain reference marks UNVERIFIED: " + string.Join("; ", offenders));
    }

    [Fact]
    public void Export_MentionsNoUnverifiedCodeAnywhere()
    {
        var tokens = Unverified.Value.Select(code => (Code: code, Pattern: TokenPattern(code))).ToList();

        var offenders = ExportedVocabulary.AllStrings()
            .SelectMany(s => tokens.Where(t => t.Pattern.IsMatch(s.Value)).Select(t => $"{s.Path} mentions {t.Code}"))
            .ToList();

        Assert.True(offenders.Count == 0, "The exported vocabulary mentions codes the domain reference marks UNVERIFIED: " + string.Join("; ", offenders));
    }

    [Theory]
    [InlineData("8A40", "ICD-11 8A40.2 is verified", false)]
    [InlineData("8A40", "ICD-11 8A40 is not", true)]
    [InlineData("8A40", "ends with 8A40.", true)]
    [InlineData("C48660", "C486601", false)]
    public void TokenPattern_MatchesWholeCodesOnly(string code, string text, bool matches)
    {
        // Guards the search above against missing codes or flagging verified neighbours.
        Assert.Equal(matches, TokenPattern(code).IsMatch(text));
    }

    // A code as a whole token: not preceded by a word character, '.' or ':', and not followed by one, ':' or
    // a '.' that continues the code (so "8A40.2" holds no "8A40", but a sentence may end "… 8A40.").
    private static Regex TokenPattern(string code) =>
        new($@"(?<![\w.:]){Regex.Escape(code)}(?![\w:]|\.\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static List<string> ReadUnverifiedCodes() =>
        File.ReadAllLines(RepositoryFiles.TestData("unverified-codes.txt"))
            .Select(line => line.Split('#', 2)[0].Trim())
            .Where(code => code.Length > 0)
            .ToList();
}

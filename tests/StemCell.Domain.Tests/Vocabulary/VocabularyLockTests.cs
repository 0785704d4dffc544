using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

/// <summary>The vocabulary lock keeps every released (vocabulary, code, value) on the wire forever.</summary>
public sealed class VocabularyLockTests
{
    private static readonly Lazy<(List<LockEntry> Entries, List<string> Problems)> Lock =
        new(() => VocabularyLockFile.Parse(File.ReadAllLines(RepositoryFiles.VocabularyLock)));

    private static List<LockEntry> Current =>
        [.. Vocabularies.All.SelectMany(v => v.Terms).Select(t => new LockEntry(t.VocabularyName, t.Code, t.Value))];

    [Fact]
    public void LockFile_IsWellFormedSortedAndWithoutDuplicates()
    {
        Assert.True(Lock.Value.Problems.Count == 0, string.Join("\n", Lock.Value.Problems));
        Assert.NotEmpty(Lock.Value.Entries);
    }

    [Fact]
    public void LockedTerms_StillExistWithTheirValues()
    {
        var problems = VocabularyLockFile.FindBrokenPromises(Lock.Value.Entries, Current);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void CurrentTerms_AreAllLocked()
    {
        var problems = VocabularyLockFile.FindUnlockedTerms(Lock.Value.Entries, Current);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // ---- The comparison itself, on made-up locks, so the guard above is known to bite ----

    private static readonly LockEntry[] Released = [new("disease", "multiple-sclerosis", 1, 10), new("disease", "amyotrophic-lateral-sclerosis", 2, 11)];

    [Fact]
    public void FindBrokenPromises_RemovedOrRenamedTerm_SaysToRestoreIt()
    {
        var problem = Assert.Single(VocabularyLockFile.FindBrokenPromises(Released, [new("disease", "multiple-sclerosis", 1), new("disease", "als", 2)]));

        Assert.Contains("'amyotrophic-lateral-sclerosis' (value 2)", problem, StringComparison.Ordinal);
        Assert.Contains("line 11", problem, StringComparison.Ordinal);
        Assert.Contains("restore the term", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindBrokenPromises_RenumberedTerm_SaysToRestoreTheValue()
    {
        var problem = Assert.Single(VocabularyLockFile.FindBrokenPromises(Released, [new("disease", "multiple-sclerosis", 3), new("disease", "amyotrophic-lateral-sclerosis", 2)]));

        Assert.Contains("locked to value 1", problem, StringComparison.Ordinal);
        Assert.Contains("now has value 3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindUnlockedTerms_NewTerm_GivesTheLineToAdd()
    {
        var problem = Assert.Single(VocabularyLockFile.FindUnlockedTerms(Released, [.. Released, new("disease", "parkinsons-disease", 3)]));

        Assert.Contains("disease<TAB>parkinsons-disease<TAB>3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindUnlockedTerms_NewCodeWithALockedValue_SaysItIsARename()
    {
        var problem = Assert.Single(VocabularyLockFile.FindUnlockedTerms(Released, [new("disease", "ms", 1), Released[1]]));

        Assert.Contains("gives to 'multiple-sclerosis'", problem, StringComparison.Ordinal);
        Assert.Contains("never renamed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UnchangedTerms_FindsNothing()
    {
        Assert.Empty(VocabularyLockFile.FindBrokenPromises(Released, Released));
        Assert.Empty(VocabularyLockFile.FindUnlockedTerms(Released, Released));
    }

    [Theory]
    [InlineData("disease\tmultiple-sclerosis\t2", "disease\tamyotrophic-lateral-sclerosis\t1")]
    [InlineData("symptom\tfatigue\t2", "disease\tamyotrophic-lateral-sclerosis\t2")]
    [InlineData("disease\tmultiple-sclerosis\t1", "disease\tmultiple-sclerosis\t2")]
    [InlineData("disease multiple-sclerosis 1", "# a comment")]
    [InlineData("disease\tmultiple-sclerosis\tone", "")]
    [InlineData("disease\tmultiple-sclerosis\t1\textra", "")]
    public void Parse_MalformedOrUnsortedLines_AreReported(string first, string second)
    {
        var (_, problems) = VocabularyLockFile.Parse(["# header", first, second]);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Contains(VocabularyLockFile.Path, p, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CommentsBlankLinesAndSortedLines_AreAccepted()
    {
        var (entries, problems) = VocabularyLockFile.Parse(["# header", "", "disease\tmultiple-sclerosis\t1", "disease\tamyotrophic-lateral-sclerosis\t2", "symptom\tfatigue\t1"]);

        Assert.Empty(problems);
        Assert.Equal([3, 4, 5], entries.Select(e => e.Line));
    }
}

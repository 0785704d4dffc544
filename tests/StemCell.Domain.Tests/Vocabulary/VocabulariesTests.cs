using System.Reflection;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed class VocabulariesTests
{
    [Fact]
    public void All_ListsEveryVocabularyTypeOfTheLibrary()
    {
        var declared = VocabularyTypes(typeof(IVocabularyTerm).Assembly);
        var listed = Vocabularies.All.Select(d => d.TermType).ToHashSet();

        var missing = declared.Where(t => !listed.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(
            missing.Count == 0,
            $"Vocabularies.All does not list {string.Join(", ", missing)}. Define each in src/StemCell.Domain/Vocabulary/Definitions/ rather than by hand, "
            + "run `dotnet run --project tools/StemCell.Domain.VocabularyGenerator`, add its terms to src/StemCell.Domain/vocabulary.lock and regenerate "
            + "vocabulary.json with STEMCELL_UPDATE_SNAPSHOTS=1 (see tests/StemCell.Domain.Tests/README.md).");
        Assert.Equal(declared.Count, Vocabularies.All.Length);
    }

    [Fact]
    public void EveryVocabulary_HasATestClassDerivingFromTheContract()
    {
        var tested = typeof(VocabulariesTests).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(VocabularyContractTests<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .ToHashSet();

        var untested = Vocabularies.All.Where(d => !tested.Contains(d.TermType)).Select(d => d.TermType.Name).ToList();
        Assert.True(untested.Count == 0, $"No test class derives from VocabularyContractTests<T> for {string.Join(", ", untested)}: run `dotnet run --project tools/StemCell.Domain.VocabularyGenerator`, which declares one for every definition.");
    }

    [Fact]
    public void All_NamesAreUniqueAndDescriptionsAreOneSentence()
    {
        Assert.Equal(Vocabularies.All.Length, Vocabularies.All.Select(d => d.Name).Distinct().Count());
        Assert.All(Vocabularies.All, d =>
        {
            Assert.DoesNotContain('\n', d.Description);
            Assert.EndsWith(".", d.Description, StringComparison.Ordinal);
            Assert.Equal(d.Name, d.ToString());
        });
    }

    [Theory]
    [InlineData("disease", typeof(Disease))]
    [InlineData("DISEASE-COURSE", typeof(DiseaseCourse))]
    [InlineData("trial-phase", typeof(TrialPhase))]
    public void Find_NameInAnyCase_FindsTheVocabulary(string name, Type type)
    {
        Assert.Equal(type, Vocabularies.Find(name).TermType);
        Assert.True(Vocabularies.TryFind(name, out var descriptor));
        Assert.Equal(type, descriptor.TermType);
    }

    [Fact]
    public void Find_UnknownName_Throws()
    {
        var exception = Assert.Throws<ArgumentException>("name", () => Vocabularies.Find("diseases"));

        Assert.Contains("'diseases'", exception.Message, StringComparison.Ordinal);
        Assert.All(Vocabularies.All, d => Assert.Contains(d.Name, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("name", () => Vocabularies.Find(null!));
        Assert.False(Vocabularies.TryFind(null, out _));
        Assert.False(Vocabularies.TryFind("", out _));
    }

    internal static List<Type> VocabularyTypes(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IVocabulary<>)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
}

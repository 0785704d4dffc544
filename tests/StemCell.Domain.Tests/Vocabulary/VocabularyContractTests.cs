using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ardalis.SmartEnum;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

/// <summary>
/// The contract every vocabulary keeps: unique kebab-case codes and unique values, a complete declaration-ordered
/// <c>All</c>, lookups that round-trip and reject unknown input, equality and ordering by value, documented terms,
/// well-formed codings, and a faithful place in the catalog and the export. Every vocabulary's test class derives
/// from this, so a new vocabulary gets the whole suite: the vocabulary generator declares <c>partial class XTests :
/// VocabularyContractTests&lt;X&gt;</c> for every definition (<c>Generated/VocabularyContractTests.g.cs</c>).
/// </summary>
/// <typeparam name="TTerm">The vocabulary under test.</typeparam>
public abstract partial class VocabularyContractTests<TTerm>
    where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
{
    private static readonly Regex KebabCase = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static ImmutableArray<TTerm> All => TTerm.All;

    private static string Name => TTerm.VocabularyName;

    // ---- The list of terms ----

    [Fact]
    public void All_IsNotEmptyAndHasNoNullsOrDuplicates()
    {
        Assert.False(All.IsDefaultOrEmpty, $"{Name}: All is empty.");
        Assert.All(All, term => Assert.NotNull(term));
        Assert.Equal(All.Length, All.Distinct().Count());
    }

    [Fact]
    public void All_ListsEveryPublicStaticReadonlyFieldInDeclarationOrder()
    {
        // Metadata tokens follow declaration order, so this is the order the fields appear in the source.
        var declared = typeof(TTerm)
            .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.IsInitOnly && f.FieldType == typeof(TTerm))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (TTerm)f.GetValue(null)!)
            .ToList();

        Assert.Equal(declared.Select(t => t.Code), All.Select(t => t.Code));
        Assert.All(declared.Zip(All), pair => Assert.Same(pair.First, pair.Second));
    }

    [Fact]
    public void Codes_AreUniqueAndLowerKebabCase()
    {
        Assert.All(All, term => Assert.Matches(KebabCase, term.Code));
        Assert.Equal(All.Length, All.Select(t => t.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Values_AreUniqueAndNotNegative()
    {
        Assert.All(All, term => Assert.True(term.Value >= 0, $"{Name} '{term.Code}' has negative value {term.Value}."));
        Assert.Equal(All.Length, All.Select(t => t.Value).Distinct().Count());
    }

    [Fact]
    public void List_HoldsEveryTermSortedByCode()
    {
        var list = VocabularyTerm<TTerm>.List;

        Assert.Equal(All.Select(t => t.Code).Order(StringComparer.Ordinal), list.Select(t => t.Code));
        Assert.Same(list, VocabularyTerm<TTerm>.List);
    }

    // ---- Lookups that must find ----

    [Fact]
    public void FromCode_EveryCode_ReturnsItsTerm()
    {
        Assert.All(All, term => Assert.Same(term, VocabularyTerm<TTerm>.FromCode(term.Code)));
    }

    [Fact]
    public void FromCode_UpperCaseCode_ReturnsItsTerm()
    {
        Assert.All(All, term => Assert.Same(term, VocabularyTerm<TTerm>.FromCode(term.Code.ToUpperInvariant())));
    }

    [Fact]
    public void FromCode_EverySynonymInAnyCase_ReturnsItsTerm()
    {
        foreach (var term in All)
        {
            foreach (var synonym in term.Synonyms)
            {
                Assert.Same(term, VocabularyTerm<TTerm>.FromCode(synonym));
                Assert.Same(term, VocabularyTerm<TTerm>.FromCode(synonym.ToUpperInvariant()));
                Assert.Same(term, VocabularyTerm<TTerm>.FromCode(synonym.ToLowerInvariant()));
            }
        }
    }

    [Fact]
    public void TryFromCode_EveryCodeAndSynonym_FindsItsTermFromStringAndSpan()
    {
        foreach (var term in All)
        {
            foreach (var text in term.Synonyms.Prepend(term.Code))
            {
                Assert.True(VocabularyTerm<TTerm>.TryFromCode(text, out var fromString), $"{Name}: TryFromCode(\"{text}\") found nothing.");
                Assert.Same(term, fromString);
                Assert.True(VocabularyTerm<TTerm>.TryFromCode(text.AsSpan(), out var fromSpan), $"{Name}: TryFromCode(span \"{text}\") found nothing.");
                Assert.Same(term, fromSpan);
            }
        }
    }

    [Fact]
    public void FromValue_EveryValue_ReturnsItsTerm()
    {
        foreach (var term in All)
        {
            Assert.Same(term, VocabularyTerm<TTerm>.FromValue(term.Value));
            Assert.True(VocabularyTerm<TTerm>.TryFromValue(term.Value, out var found));
            Assert.Same(term, found);
            Assert.Same(term, VocabularyTerm<TTerm>.FromValue(term.Value, All[0] == term ? All[^1] : All[0]));
        }
    }

    [Fact]
    public void FromName_EveryCode_ReturnsItsTerm()
    {
        foreach (var term in All)
        {
            Assert.Same(term, VocabularyTerm<TTerm>.FromName(term.Code));
            Assert.Same(term, VocabularyTerm<TTerm>.FromName(term.Code.ToUpperInvariant(), ignoreCase: true));
            Assert.True(VocabularyTerm<TTerm>.TryFromName(term.Code, out var exact));
            Assert.Same(term, exact);
            Assert.True(VocabularyTerm<TTerm>.TryFromName(term.Code.ToUpperInvariant(), ignoreCase: true, out var ignoringCase));
            Assert.Same(term, ignoringCase);
        }
    }

    // ---- Lookups that must reject ----

    [Fact]
    public void FromCode_UnknownCode_Throws()
    {
        var exception = Assert.Throws<ArgumentException>("code", () => VocabularyTerm<TTerm>.FromCode("no-such-term"));

        Assert.Contains("'no-such-term'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(Name, exception.Message, StringComparison.Ordinal);
        Assert.All(All, term => Assert.Contains(term.Code, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void FromCode_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("code", () => VocabularyTerm<TTerm>.FromCode(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("no-such-term")]
    [InlineData("multiple_sclerosis_")]
    public void TryFromCode_UnknownOrEmptyCode_ReturnsFalse(string code)
    {
        Assert.False(VocabularyTerm<TTerm>.TryFromCode(code, out var fromString));
        Assert.Null(fromString);
        Assert.False(VocabularyTerm<TTerm>.TryFromCode(code.AsSpan(), out var fromSpan));
        Assert.Null(fromSpan);
    }

    [Fact]
    public void TryFromCode_Null_ReturnsFalse()
    {
        Assert.False(VocabularyTerm<TTerm>.TryFromCode((string?)null, out var term));
        Assert.Null(term);
    }

    [Fact]
    public void TryFromCode_CodeWithSurroundingWhiteSpace_ReturnsFalse()
    {
        // Wire codes are exact apart from case: padding is a malformed value, not a spelling of the code.
        Assert.All(All, term => Assert.False(VocabularyTerm<TTerm>.TryFromCode($" {term.Code} ", out _)));
    }

    [Fact]
    public void FromValue_UnknownValue_Throws()
    {
        var unknown = All.Max(t => t.Value) + 1;

        var exception = Assert.Throws<SmartEnumNotFoundException>(() => VocabularyTerm<TTerm>.FromValue(unknown));
        Assert.Contains(Name, exception.Message, StringComparison.Ordinal);
        Assert.False(VocabularyTerm<TTerm>.TryFromValue(unknown, out var found));
        Assert.Null(found);
        Assert.Same(All[0], VocabularyTerm<TTerm>.FromValue(unknown, All[0]));
        Assert.False(VocabularyTerm<TTerm>.TryFromValue(-1, out _));
    }

    [Fact]
    public void FromName_SynonymOrWrongCase_Throws()
    {
        foreach (var term in All)
        {
            // FromName is SmartEnum's exact-name lookup: only the code itself, in its own case unless asked otherwise.
            Assert.Throws<SmartEnumNotFoundException>(() => VocabularyTerm<TTerm>.FromName(term.Code.ToUpperInvariant()));
            Assert.False(VocabularyTerm<TTerm>.TryFromName(term.Code.ToUpperInvariant(), out _));
            foreach (var synonym in term.Synonyms.Where(s => !string.Equals(s, term.Code, StringComparison.OrdinalIgnoreCase)))
            {
                Assert.Throws<SmartEnumNotFoundException>(() => VocabularyTerm<TTerm>.FromName(synonym, ignoreCase: true));
            }
        }
    }

    [Fact]
    public void FromName_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("name", () => VocabularyTerm<TTerm>.FromName(null!));
        Assert.Throws<ArgumentNullException>("name", () => VocabularyTerm<TTerm>.FromName(null!, ignoreCase: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TryFromName_Null_ReturnsFalse(bool ignoreCase)
    {
        // A try method reports "not found" for null rather than throwing, as its nullable parameter promises.
        Assert.False(VocabularyTerm<TTerm>.TryFromName(null, ignoreCase, out var result));
        Assert.Null(result);
        Assert.False(VocabularyTerm<TTerm>.TryFromName(null, out var exact));
        Assert.Null(exact);
    }

    [Fact]
    public void TryFromName_IgnoringCase_AllocatesNothing()
    {
        var names = All.Select(t => t.Code.ToUpperInvariant()).Append("NO-SUCH-TERM").ToArray();
        foreach (var name in names)
        {
            // Warm up first, so building the index and compiling the lookup are not counted.
            VocabularyTerm<TTerm>.TryFromName(name, ignoreCase: true, out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        foreach (var name in names)
        {
            found += VocabularyTerm<TTerm>.TryFromName(name, ignoreCase: true, out _) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(All.Length, found);
        Assert.Equal(0, allocated);
    }

    // ---- Equality and ordering ----

    [Fact]
    public void Equality_IsIdentityAndAgreesWithValue()
    {
        foreach (var a in All)
        {
            Assert.False(a.Equals(null));
            Assert.False(a == null);
            Assert.True(a != null);
            foreach (var b in All)
            {
                var same = ReferenceEquals(a, b);
                Assert.Equal(same, a.Value == b.Value);
                Assert.Equal(same, a == b);
                Assert.Equal(!same, a != b);
                Assert.Equal(same, a.Equals(b));
                Assert.Equal(same, a.Equals((object)b));
                if (same)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            }
        }
    }

    [Fact]
    public void Equals_TermOfAnotherVocabularyWithTheSameValue_IsFalse()
    {
        var others = Vocabularies.All.Where(d => d.TermType != typeof(TTerm)).SelectMany(d => d.Terms).ToList();

        foreach (var term in All)
        {
            Assert.All(others.Where(o => o.Value == term.Value), other => Assert.False(term.Equals(other), $"{Name} '{term.Code}' equals {other.VocabularyName} '{other.Code}'."));
        }
    }

    [Fact]
    public void CompareTo_OrdersByValue()
    {
        foreach (var a in All)
        {
            foreach (var b in All)
            {
                var expected = Math.Sign(a.Value.CompareTo(b.Value));
                Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
                Assert.Equal(expected < 0, a < b);
                Assert.Equal(expected <= 0, a <= b);
                Assert.Equal(expected > 0, a > b);
                Assert.Equal(expected >= 0, a >= b);
            }
        }
    }

    [Fact]
    public void Sort_OrdersTermsByValue()
    {
        var sorted = All.Reverse().ToList();
        sorted.Sort();

        Assert.Equal(All.OrderBy(t => t.Value).Select(t => t.Code), sorted.Select(t => t.Code));
    }

    // ---- Documentation and codings ----

    [Fact]
    public void DisplayNameAndDefinition_AreNotBlank()
    {
        Assert.All(All, term =>
        {
            Assert.False(string.IsNullOrWhiteSpace(term.DisplayName), $"{Name} '{term.Code}' has no display name.");
            Assert.False(string.IsNullOrWhiteSpace(term.Definition), $"{Name} '{term.Code}' has no definition.");
            Assert.EndsWith(".", term.Definition, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Synonyms_AreNotBlankAndNameNoOtherTerm()
    {
        foreach (var term in All)
        {
            foreach (var synonym in term.Synonyms)
            {
                Assert.False(string.IsNullOrWhiteSpace(synonym), $"{Name} '{term.Code}' has a blank synonym.");
                var clash = All.FirstOrDefault(other =>
                    !ReferenceEquals(other, term)
                    && other.Synonyms.Prepend(other.Code).Contains(synonym, StringComparer.OrdinalIgnoreCase));
                Assert.True(clash is null, $"{Name} synonym '{synonym}' of '{term.Code}' also names '{clash?.Code}'.");
            }
        }
    }

    [Fact]
    public void Codings_UseCatalogedCodeSystemsAndHaveAConfidence()
    {
        foreach (var coding in All.SelectMany(t => t.Codings))
        {
            Assert.Contains(coding.System, CodeSystem.All);
            Assert.NotNull(coding.Confidence);
            Assert.Contains(coding.Confidence, CodingConfidence.All);
            Assert.False(string.IsNullOrWhiteSpace(coding.Code));
            Assert.False(string.IsNullOrWhiteSpace(coding.Display));
            Assert.False(string.IsNullOrWhiteSpace(coding.Source));
        }
    }

    [Fact]
    public void Codings_AreDistinctWithinATerm()
    {
        Assert.All(All, term => Assert.Equal(
            term.Codings.Length,
            term.Codings.Select(c => (c.System, c.Code, c.EffectiveFrom, c.EffectiveUntil)).Distinct().Count()));
    }

    [Fact]
    public void ToString_ReturnsCode()
    {
        Assert.All(All, term => Assert.Equal(term.Code, term.ToString()));
    }

    [Fact]
    public void VocabularyName_IsKebabCaseAndNamedOnEveryTerm()
    {
        Assert.Matches(KebabCase, Name);
        Assert.All(All, term => Assert.Equal(Name, ((IVocabularyTerm)term).VocabularyName));
    }

    // ---- The catalog and the export ----

    [Fact]
    public void Catalog_ListsThisVocabularyUnderItsName()
    {
        var descriptor = Vocabularies.Find(Name);

        Assert.Equal(typeof(TTerm), descriptor.TermType);
        Assert.Equal(All.Select(t => t.Code), descriptor.Terms.Select(t => t.Code));
        Assert.All(All, term => Assert.Same(term, descriptor.Find(term.Code)));
    }

    [Fact]
    public void Export_HoldsEveryTermWithItsCodeValueTextAndCodings()
    {
        var exported = ExportedVocabulary.Vocabulary(Name).GetProperty("terms").EnumerateArray().ToList();

        Assert.Equal(All.Select(t => t.Code), exported.Select(t => t.GetProperty("code").GetString()));
        foreach (var (term, json) in All.Zip(exported))
        {
            Assert.Equal(term.Value, json.GetProperty("value").GetInt32());
            Assert.Equal(term.DisplayName, json.GetProperty("displayName").GetString());
            Assert.Equal(term.Definition, json.GetProperty("definition").GetString());
            Assert.Equal(term.Synonyms, json.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()!));
            Assert.Equal(
                term.Codings.Select(c => $"{c.System.Uri}|{c.Code}|{c.Display}|{c.Confidence.Code}|{c.Source}|{c.EffectiveFrom:uuuu-MM-dd}|{c.EffectiveUntil:uuuu-MM-dd}"),
                json.GetProperty("codings").EnumerateArray().Select(c =>
                    $"{c.GetProperty("system").GetString()}|{c.GetProperty("code").GetString()}|{c.GetProperty("display").GetString()}|"
                    + $"{c.GetProperty("confidence").GetString()}|{c.GetProperty("source").GetString()}|"
                    + $"{OptionalString(c.GetProperty("effectiveFrom"))}|{OptionalString(c.GetProperty("effectiveUntil"))}"));
            Assert.Equal(JsonValueKind.Object, json.GetProperty("attributes").ValueKind);
            Assert.Equal(JsonValueKind.Object, json.GetProperty("relations").ValueKind);
        }
    }

    [Fact]
    public void Export_HoldsEveryPropertyTheVocabularyDeclares()
    {
        // Each public instance property of the vocabulary's own class is an attribute or a relation, under its
        // camelCase name; a new property without a WriteExportAttributes/WriteExportRelations line fails here.
        var declared = typeof(TTerm).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .Order(StringComparer.Ordinal)
            .ToList();

        foreach (var json in ExportedVocabulary.Vocabulary(Name).GetProperty("terms").EnumerateArray())
        {
            var exported = json.GetProperty("attributes").EnumerateObject().Concat(json.GetProperty("relations").EnumerateObject())
                .Select(p => p.Name)
                .Order(StringComparer.Ordinal);
            Assert.Equal(declared, exported);
        }
    }

    private static string? OptionalString(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetString();
}

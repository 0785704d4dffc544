using System.Globalization;

namespace StemCell.Domain.Tests.TestSupport;

/// <summary>One line of the vocabulary lock: a released (vocabulary, code, value) and where it is written.</summary>
internal sealed record LockEntry(string Vocabulary, string Code, int Value, int Line = 0);

/// <summary>
/// Reads <c>src/StemCell.Domain/vocabulary.lock</c> and compares it with the current vocabularies. Every problem is
/// reported as a sentence that says what is wrong and exactly what to do about it.
/// </summary>
internal static class VocabularyLockFile
{
    internal const string Path = "src/StemCell.Domain/vocabulary.lock";

    internal static string Line(string vocabulary, string code, int value) =>
        string.Create(CultureInfo.InvariantCulture, $"{vocabulary}\t{code}\t{value}");

    internal static (List<LockEntry> Entries, List<string> Problems) Parse(IReadOnlyList<string> lines)
    {
        var entries = new List<LockEntry>();
        var problems = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields.Any(f => f.Length == 0 || f.Trim() != f)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add($"{Path} line {i + 1} is '{line}'; every line must be vocabulary<TAB>code<TAB>value (a whole number). Fix the line.");
                continue;
            }

            entries.Add(new LockEntry(fields[0], fields[1], value, i + 1));
        }

        for (var i = 1; i < entries.Count; i++)
        {
            var (previous, current) = (entries[i - 1], entries[i]);
            var order = string.CompareOrdinal(previous.Vocabulary, current.Vocabulary);
            if (order > 0 || (order == 0 && previous.Value >= current.Value))
            {
                problems.Add($"{Path} line {current.Line} ({current.Vocabulary} {current.Code} {current.Value}) is out of order or repeats a value: "
                    + "keep the lines sorted by vocabulary, then by value, one line per value.");
            }
        }

        foreach (var duplicate in entries.GroupBy(e => (e.Vocabulary, e.Code)).Where(g => g.Count() > 1))
        {
            problems.Add($"{Path} locks {duplicate.Key.Vocabulary} code '{duplicate.Key.Code}' on lines "
                + $"{string.Join(", ", duplicate.Select(e => e.Line))}: a code has one value; keep one line.");
        }

        return (entries, problems);
    }

    /// <summary>Locked terms that are gone or have a different value now: released wire codes that would break.</summary>
    internal static List<string> FindBrokenPromises(IEnumerable<LockEntry> locked, IReadOnlyCollection<LockEntry> current)
    {
        var problems = new List<string>();
        foreach (var entry in locked)
        {
            var now = current.FirstOrDefault(c => c.Vocabulary == entry.Vocabulary && c.Code == entry.Code);
            if (now is null)
            {
                problems.Add($"{entry.Vocabulary} code '{entry.Code}' (value {entry.Value}), locked on {Path} line {entry.Line}, no longer exists. "
                    + "Released codes are never removed or renamed: restore the term with that code and value (add a synonym for a new name). "
                    + $"Only if it was never released (added since the last release in CHANGELOG.md) may you delete line {entry.Line}.");
            }
            else if (now.Value != entry.Value)
            {
                problems.Add($"{entry.Vocabulary} code '{entry.Code}' is locked to value {entry.Value} ({Path} line {entry.Line}) but now has value {now.Value}. "
                    + $"Released values are never renumbered: give '{entry.Code}' its value {entry.Value} again.");
            }
        }

        return problems;
    }

    /// <summary>Current terms the lock does not hold: terms added without recording their code and value.</summary>
    internal static List<string> FindUnlockedTerms(IReadOnlyCollection<LockEntry> locked, IEnumerable<LockEntry> current)
    {
        var problems = new List<string>();
        foreach (var term in current.Where(term => !locked.Any(l => l.Vocabulary == term.Vocabulary && l.Code == term.Code)))
        {
            var sameValue = locked.FirstOrDefault(l => l.Vocabulary == term.Vocabulary && l.Value == term.Value);
            problems.Add(sameValue is null
                ? $"{term.Vocabulary} code '{term.Code}' (value {term.Value}) is not in {Path}. If you added it on purpose, add this line, "
                    + $"keeping the file sorted by vocabulary, then value: {Line(term.Vocabulary, term.Code, term.Value).Replace("\t", "<TAB>", StringComparison.Ordinal)}"
                : $"{term.Vocabulary} code '{term.Code}' has value {term.Value}, which {Path} line {sameValue.Line} gives to '{sameValue.Code}'. "
                    + $"A released code is never renamed and a value never reused: keep '{sameValue.Code}' (add '{term.Code}' as a synonym) or give the new term a new value.");
        }

        return problems;
    }
}

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace StemCell.Domain.Model;

/// <summary>
/// Gathers the problems of a validation under their paths, so every check reports into the same list and the
/// caller sees every problem at once.
/// </summary>
/// <remarks>
/// The collector knows where in the document the check under way is (<see cref="At(string)"/>,
/// <see cref="AtElement(int)"/>), and a problem's path is written out only when a problem is added. Reading a
/// document visits every object and nearly none has a problem, so building each object's path up front was a third
/// of all the memory a read allocated.
/// </remarks>
internal sealed class ProblemCollector
{
    private readonly ImmutableArray<ValidationProblem>.Builder _problems = ImmutableArray.CreateBuilder<ValidationProblem>();

    // Where the check under way is, outermost first: a property name, or an element index when the name is null.
    private readonly List<(string? Name, int Index)> _location = [];

    private List<string>? _suppressed;

    internal bool IsEmpty => _problems.Count == 0;

    /// <summary>Gets how many problems have been added, so a factory can tell whether its checks added any.</summary>
    internal int Count => _problems.Count;

    private bool IsSuppressed(string relativePath)
    {
        if (_suppressed is null)
        {
            return false;
        }

        foreach (var name in _suppressed)
        {
            if (relativePath.StartsWith(name, StringComparison.Ordinal)
                && (relativePath.Length == name.Length || relativePath[name.Length] is '.' or '['))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Joins a path and a path relative to it: <c>studies[2]</c> and <c>findings[0]</c> make <c>studies[2].findings[0]</c>.</summary>
    internal static string Combine(string path, string relativePath) =>
        path.Length == 0 ? relativePath
        : relativePath.Length == 0 ? path
        : relativePath[0] == '[' ? path + relativePath
        : path + "." + relativePath;

    /// <summary>Appends an element index to a path: <c>studies</c> and 2 make <c>studies[2]</c>.</summary>
    internal static string Element(string path, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Moves into a property (or a whole path, such as <c>$</c>) until the scope is disposed.</summary>
    internal Scope At(string path)
    {
        _location.Add((path, -1));
        return new Scope(this);
    }

    /// <summary>Moves into an element of the list the collector is at until the scope is disposed.</summary>
    internal Scope AtElement(int index)
    {
        _location.Add((null, index));
        return new Scope(this);
    }

    /// <summary>Moves into a property, until <see cref="Leave"/>: for a reader that cannot hold a scope across calls.</summary>
    internal void Enter(string name) => _location.Add((name, -1));

    /// <summary>Moves into an element of the list the collector is at, until <see cref="Leave"/>.</summary>
    internal void EnterElement(int index) => _location.Add((null, index));

    /// <summary>Leaves the property or element entered last.</summary>
    internal void Leave() => _location.RemoveAt(_location.Count - 1);

    /// <summary>
    /// Until <see cref="Unsuppress"/>, drops the problems added at these properties or below them: a reader that has
    /// reported a property's value as wrong builds the object without it, and what the model then says of the missing
    /// value (a list that must not be empty) would only repeat the first problem.
    /// </summary>
    internal ProblemCollector Suppress(List<string>? names)
    {
        _suppressed = names;
        return this;
    }

    internal void Unsuppress() => _suppressed = null;

    /// <summary>Removes every problem, keeping the location: when one problem makes the others meaningless.</summary>
    internal void Clear() => _problems.Clear();

    /// <summary>Adds a problem at a path relative to where the collector is; a null message adds nothing.</summary>
    internal void Add(string relativePath, string? message)
    {
        if (message is not null && !IsSuppressed(relativePath))
        {
            _problems.Add(new ValidationProblem(PathOf(relativePath), message));
        }
    }

    /// <summary>Adds problems whose paths are relative to <paramref name="path"/>, itself relative to where the collector is.</summary>
    internal void AddRange(string path, IEnumerable<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            _problems.Add(new ValidationProblem(PathOf(Combine(path, problem.Path)), problem.Message));
        }
    }

    /// <summary>
    /// Runs a model type's collecting factory on a new collector, as every public <c>TryCreate</c> does: the object, or
    /// null with every problem under paths relative to it.
    /// </summary>
    internal static bool TryCreate<T>(Func<ProblemCollector, T?> create, [NotNullWhen(true)] out T? result, out ImmutableArray<ValidationProblem> problems)
        where T : class
    {
        var collector = new ProblemCollector();
        result = create(collector);
        problems = collector.ToImmutable();
        return result is not null;
    }

    /// <summary>
    /// Returns what a check path built when it added no problem since <paramref name="countBefore"/>, otherwise null:
    /// <c>problems.Keep(problems.Count, new X(…, problems))</c> reads the count first, as C# evaluates arguments left to right.
    /// </summary>
    internal T? Keep<T>(int countBefore, T? built)
        where T : class =>
        _problems.Count == countBefore ? built : null;

    internal ImmutableArray<ValidationProblem> ToImmutable() => _problems.ToImmutable();

    internal ValidationReport ToReport() => new(_problems.ToImmutable());

    /// <summary>The path of where the collector is, joined with a path relative to it.</summary>
    internal string PathOf(string relativePath)
    {
        if (_location.Count == 0)
        {
            return relativePath;
        }

        var path = new StringBuilder();
        foreach (var (name, index) in _location)
        {
            if (name is null)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else
            {
                path.Append(path.Length == 0 || name.Length == 0 || name[0] == '[' ? string.Empty : ".").Append(name);
            }
        }

        return Combine(path.ToString(), relativePath);
    }

    /// <summary>Leaves the location a call to <see cref="At(string)"/> or <see cref="AtElement(int)"/> entered.</summary>
    internal readonly struct Scope(ProblemCollector collector) : IDisposable
    {
        public void Dispose() => collector._location.RemoveAt(collector._location.Count - 1);
    }
}

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using StemCell.Domain.Model;

namespace StemCell.Domain;

/// <summary>
/// The one place argument checks live. Every check throws the ordinary BCL exception
/// (<see cref="ArgumentNullException"/>, <see cref="ArgumentException"/>, <see cref="ArgumentOutOfRangeException"/>)
/// naming the parameter, so callers see the same shape of error from every constructor and factory.
/// </summary>
/// <remarks>
/// The overloads that take a <see cref="ProblemCollector"/> are the model's one check path: given null they throw as
/// the others do; given a collector they add the problem under the parameter's name and return, so a constructor
/// goes on and reports every problem of its object (the object is then discarded, so what they return may be null
/// or invalid). A model type's constructor, its <c>TryCreate</c> and its internal <c>Create</c> all run through them.
/// </remarks>
internal static class Preconditions
{
    /// <summary>What a collector is told when a required value is missing.</summary>
    internal const string RequiredMessage = "A value is required.";

    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return argument;
    }

    /// <summary>Checks that an argument is given; in collect mode reports <paramref name="message"/> (or <see cref="RequiredMessage"/>) and returns the null.</summary>
    internal static T CheckNotNull<T>(T? argument, ProblemCollector? problems, string? message = null, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            Required(problems, paramName!, message);
        }

        return argument!;
    }

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return CheckNotBlank(argument, problems: null, paramName);
    }

    internal static string CheckNotBlank(string? argument, ProblemCollector? problems, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            Required(problems, paramName!, message: null);
        }
        else
        {
            CheckRule(BlankProblem(argument), problems, paramName!);
        }

        return argument!;
    }

    internal static string? CheckNullOrNotBlank(string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null) =>
        CheckNullOrNotBlank(argument, problems: null, paramName);

    internal static string? CheckNullOrNotBlank(string? argument, ProblemCollector? problems, [CallerArgumentExpression(nameof(argument))] string? paramName = null) =>
        argument is null ? null : CheckNotBlank(argument, problems, paramName);

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expectation, string paramName, string message)
    {
        if (!expectation)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgument(bool expectation, ProblemCollector? problems, string paramName, string message) =>
        CheckRule(expectation ? null : message, problems, paramName);

    internal static void CheckArgumentRange<T>([DoesNotReturnIf(false)] bool expectation, string paramName, T actualValue, string message)
    {
        if (!expectation)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    internal static void CheckArgumentRange<T>(bool expectation, ProblemCollector? problems, string paramName, T actualValue, string message) =>
        CheckRuleRange(expectation ? null : message, problems, paramName, actualValue);

    /// <summary>Copies a caller's sequence into an immutable array, rejecting null elements, so a model object never shares mutable state with its caller.</summary>
    internal static ImmutableArray<T> CheckElementsNotNull<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class =>
        CheckElementsNotNull(items, problems: null, paramName);

    /// <summary>
    /// Copies a caller's sequence into an immutable array, rejecting null elements, so a model object never
    /// shares mutable state with its caller. In collect mode every null element is reported.
    /// </summary>
    internal static ImmutableArray<T> CheckElementsNotNull<T>(IEnumerable<T>? items, ProblemCollector? problems, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        // A default ImmutableArray boxed as IEnumerable<T> is "no elements", not a crash on Length.
        var array = items is ImmutableArray<T> immutable ? (immutable.IsDefault ? [] : immutable) : [.. items];
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                CheckRule($"Element {i} is null; null elements are not allowed.", problems, paramName!);
            }
        }

        return array;
    }

    /// <summary>Copies a caller's sequence into an immutable array, rejecting nulls and any element that repeats an earlier one.</summary>
    internal static ImmutableArray<T> CheckElementsDistinct<T>(IEnumerable<T>? items, ProblemCollector? problems, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        var array = CheckElementsNotNull(items, problems, paramName);
        for (var i = 1; i < array.Length; i++)
        {
            var first = array[i] is null ? -1 : array.IndexOf(array[i], 0, i, EqualityComparer<T>.Default);
            if (first >= 0)
            {
                CheckRule($"Element {i} ('{array[i]}') repeats element {first}; each value may appear only once.", problems, paramName!);
            }
        }

        return array;
    }

    internal static ImmutableArray<string> CheckElementsNotBlank(IEnumerable<string>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null) =>
        CheckElementsNotBlank(items, problems: null, paramName);

    internal static ImmutableArray<string> CheckElementsNotBlank(IEnumerable<string>? items, ProblemCollector? problems, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var array = CheckElementsNotNull(items, problems, paramName);
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is { } item && BlankProblem(item) is not null)
            {
                CheckRule($"Element {i} is empty or has leading or trailing white space.", problems, paramName!);
            }
        }

        return array;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with a rule's message when the rule found a problem. Rules return
    /// their message (or null) so the throwing constructors and the problem-returning try paths share one check.
    /// </summary>
    internal static void CheckRule(string? problem, string paramName) => CheckRule(problem, problems: null, paramName);

    /// <summary>
    /// Reports a rule's problem: thrown as <see cref="ArgumentException"/> without a collector, otherwise added at
    /// <paramref name="path"/> (the parameter's name unless given).
    /// </summary>
    internal static void CheckRule(string? problem, ProblemCollector? problems, string paramName, string? path = null)
    {
        if (problem is null)
        {
            return;
        }

        if (problems is null)
        {
            throw new ArgumentException(problem, paramName);
        }

        problems.Add(path ?? paramName, problem);
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with a rule's message when the rule found a problem.</summary>
    internal static void CheckRuleRange<T>(string? problem, string paramName, T actualValue) =>
        CheckRuleRange(problem, problems: null, paramName, actualValue);

    /// <summary>
    /// Reports a rule's problem: thrown as <see cref="ArgumentOutOfRangeException"/> without a collector, otherwise
    /// added at <paramref name="path"/> (the parameter's name unless given).
    /// </summary>
    internal static void CheckRuleRange<T>(string? problem, ProblemCollector? problems, string paramName, T actualValue, string? path = null)
    {
        if (problem is null)
        {
            return;
        }

        if (problems is null)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, problem);
        }

        problems.Add(path ?? paramName, problem);
    }

    /// <summary>Checks that an argument is a slug: the lower-kebab-case identifier every dataset id is.</summary>
    internal static string CheckSlug(string? argument, ProblemCollector? problems, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            Required(problems, paramName!, message: null);
        }
        else
        {
            CheckRule(Slug.Problem(argument), problems, paramName!);
        }

        return argument!;
    }

    /// <summary>Copies a caller's sequence of ids into an immutable array, rejecting nulls and anything that is not a slug.</summary>
    internal static ImmutableArray<string> CheckElementsAreSlugs(IEnumerable<string>? items, ProblemCollector? problems, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var array = CheckElementsNotNull(items, problems, paramName);
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is { } id && Slug.Problem(id) is { } problem)
            {
                CheckRule($"Element {i}: {problem}", problems, paramName!);
            }
        }

        return array;
    }

    internal static int? CheckNullOrPositive(int? argument, ProblemCollector? problems, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckRuleRange(argument is <= 0 ? "Value must be positive when given." : null, problems, paramName!, argument);
        return argument;
    }

    private static string? BlankProblem(string argument) =>
        string.IsNullOrWhiteSpace(argument) ? "Value must not be empty or white space."
        : argument.Length != argument.Trim().Length ? "Value must not start or end with white space."
        : null;

    private static void Required(ProblemCollector? problems, string paramName, string? message)
    {
        if (problems is null)
        {
            throw new ArgumentNullException(paramName);
        }

        problems.Add(paramName, message ?? RequiredMessage);
    }
}

/**
 * Test support for carepathway users, meant for test scope: {@link org.carepathway.testkit.PathwayStory} builds
 * pathways that read like the story, {@link org.carepathway.testkit.PathwayAssertions} asserts on reports,
 * {@link org.carepathway.testkit.RuleVerifier} checks one custom rule file,
 * {@link org.carepathway.testkit.GoldenCases} runs a folder of golden cases as JUnit 5 dynamic tests, and
 * {@link org.carepathway.testkit.PathwayArbitraries} generates valid pathways for jqwik properties.
 */
package org.carepathway.testkit;

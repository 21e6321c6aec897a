package org.skinadvisor.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntaxMessagesTest {
    @Test
    void aMessageOfTheParsersNotRecognisedHereIsLeftForTheCallerToPassOn() {
        assertThat(SyntaxMessages.json("Unrecognised input: a message a later Jackson may write")).isNull();
        assertThat(SyntaxMessages.json("Unexpected end-of-input: a message a later Jackson may write"))
                .as("any text cut short").startsWith("the text ends inside a value");
        assertThat(SyntaxMessages.json("Unexpected character ('x' (code 120)): expected what a later Jackson says")).isNull();
        assertThat(SyntaxMessages.yaml("a problem a later SnakeYAML may name", "while scanning something new")).isNull();
        assertThat(SyntaxMessages.jsonColumnsBack("Unexpected character ('x' (code 120))")).isZero();
    }
}

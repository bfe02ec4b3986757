"""What was said and how: quotes with speakers, claims, persuasion techniques, frames, stance."""

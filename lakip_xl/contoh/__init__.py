"""The sample office (Kecamatan Panyipatan, LKj 2020): its inputs and its staff's narrative."""
